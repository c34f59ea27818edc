import { describe, expect, it } from 'vitest';
import type { ChallengeAttempt } from '@cors-playground/protocol';
import { workshopStuck } from './workshopStuck.ts';

const challenges = [
  { id: 'a', title: 'First' },
  { id: 'b', title: 'Second' },
];
const minute = 60_000;

function participant(progress: Record<string, ChallengeAttempt>) {
  return { id: 'p', name: 'Ada', joinedAt: 0, lastSeenAt: 0, progress };
}

describe('workshopStuck', () => {
  it('names the challenge begun last and not fixed, its state and since when', () => {
    const progress: Record<string, ChallengeAttempt> = {
      a: { state: 'started', startedAt: 0 },
      b: { state: 'exploited', startedAt: 2 * minute, exploitedAt: 3 * minute },
    };
    expect(workshopStuck(participant(progress), challenges, 10 * minute)).toBe(
      'On “Second”: exploited 7 min ago (started 8 min ago), not fixed yet.',
    );
    expect(workshopStuck(participant({ a: { state: 'started', startedAt: 0 } }), challenges, 0)).toBe(
      'On “First”: started less than a minute ago, not exploited yet.',
    );
  });

  it('says how far they got when nothing is open', () => {
    const fixed: ChallengeAttempt = { state: 'fixed', startedAt: 0, exploitedAt: 1, fixedAt: 2 };
    expect(workshopStuck(participant({ a: fixed }), challenges, 0)).toBe(
      'Fixed 1 of 2 challenges; none open now.',
    );
    expect(workshopStuck(participant({}), challenges, 30_000)).toBe(
      'No challenge started yet; joined less than a minute ago.',
    );
  });
});
