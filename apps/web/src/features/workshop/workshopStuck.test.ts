import { describe, expect, it } from 'vitest';
import { workshopStuck } from './workshopStuck.ts';

const challenges = [
  { id: 'a', title: 'First' },
  { id: 'b', title: 'Second' },
];
const minute = 60_000;

function participant(progress: Record<string, { solvedAt?: number; fixedAt?: number }>) {
  return { id: 'p', name: 'Ada', joinedAt: 0, lastSeenAt: 0, progress };
}

describe('workshopStuck', () => {
  it('names the open challenge, its state and since when', () => {
    expect(
      workshopStuck(
        participant({ a: { solvedAt: 1, fixedAt: 2 }, b: { solvedAt: 0 } }),
        challenges,
        7 * minute,
      ),
    ).toBe('On “Second”: exploited 7 min ago, not fixed yet.');
    expect(workshopStuck(participant({ a: {} }), challenges, 0)).toBe(
      'On “First”: started, not exploited yet.',
    );
  });

  it('says how far they got when nothing is open', () => {
    expect(workshopStuck(participant({ a: { solvedAt: 1, fixedAt: 2 } }), challenges, 0)).toBe(
      'Fixed 1 of 2 challenges; none open now.',
    );
    expect(workshopStuck(participant({}), challenges, 30_000)).toBe(
      'No challenge started yet; joined less than a minute ago.',
    );
  });
});
