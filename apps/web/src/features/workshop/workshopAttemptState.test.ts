import { describe, expect, it } from 'vitest';
import type { ChallengeAttempt, WorkshopRoomView } from '@cors-playground/protocol';
import { workshopAttemptState, workshopChallengeTally } from './workshopAttemptState.ts';

function participant(name: string, progress: Record<string, ChallengeAttempt>) {
  return { id: name, name, joinedAt: 0, lastSeenAt: 0, progress };
}

const started: ChallengeAttempt = { state: 'started', startedAt: 1 };
const exploited: ChallengeAttempt = { state: 'exploited', startedAt: 1, exploitedAt: 2 };
const fixed: ChallengeAttempt = { state: 'fixed', startedAt: 1, exploitedAt: 2, fixedAt: 3 };

describe('workshopAttemptState', () => {
  it('reads not started, started, exploited and fixed from an attempt', () => {
    expect(workshopAttemptState(undefined)).toBeUndefined();
    expect(workshopAttemptState(started)).toBe('started');
    expect(workshopAttemptState(exploited)).toBe('exploited');
    expect(workshopAttemptState(fixed)).toBe('fixed');
  });

  it('tallies a challenge over the room, counting a fixed attempt as exploited too', () => {
    const room: WorkshopRoomView = {
      startedAt: 0,
      messages: [],
      participants: [
        participant('a', { x: exploited }),
        participant('b', { x: fixed, y: started }),
        participant('c', {}),
      ],
    };
    expect(workshopChallengeTally(room, 'x')).toEqual({ started: 2, exploited: 2, fixed: 1 });
    expect(workshopChallengeTally(room, 'y')).toEqual({ started: 1, exploited: 0, fixed: 0 });
    expect(workshopChallengeTally(room, 'z')).toEqual({ started: 0, exploited: 0, fixed: 0 });
  });
});
