import { describe, expect, it } from 'vitest';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import { workshopAttemptState, workshopChallengeTally } from './workshopAttemptState.ts';

function participant(name: string, progress: WorkshopRoomView['participants'][number]['progress']) {
  return { id: name, name, joinedAt: 0, lastSeenAt: 0, progress };
}

describe('workshopAttemptState', () => {
  it('reads not started, started, exploited and fixed from a progress record', () => {
    expect(workshopAttemptState(undefined)).toBeUndefined();
    expect(workshopAttemptState({})).toBe('started');
    expect(workshopAttemptState({ solvedAt: 1 })).toBe('exploited');
    expect(workshopAttemptState({ solvedAt: 1, fixedAt: 2 })).toBe('fixed');
  });

  it('tallies a challenge over the room, counting a fixed attempt as exploited too', () => {
    const room: WorkshopRoomView = {
      startedAt: 0,
      messages: [],
      participants: [
        participant('a', { x: { solvedAt: 1 } }),
        participant('b', { x: { solvedAt: 1, fixedAt: 2 }, y: {} }),
        participant('c', {}),
      ],
    };
    expect(workshopChallengeTally(room, 'x')).toEqual({ started: 2, exploited: 2, fixed: 1 });
    expect(workshopChallengeTally(room, 'y')).toEqual({ started: 1, exploited: 0, fixed: 0 });
    expect(workshopChallengeTally(room, 'z')).toEqual({ started: 0, exploited: 0, fixed: 0 });
  });
});
