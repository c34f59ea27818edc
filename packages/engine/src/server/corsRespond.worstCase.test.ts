import { describe, expect, it } from 'vitest';
import { corsWorstCaseMeasure, corsWorstCases } from './corsWorstCase.testkit.ts';

/**
 * The worst valid policies are real: the schema accepts each, and a request on each is answered. How
 * long that takes is a performance claim, so it lives in the bench (`pnpm bench`:
 * packages/engine/bench/corsWorstCase.bench.ts, target < 10 ms), not in a timed test.
 */
describe('the worst valid policy', () => {
  it(
    'builds only policies the schema accepts, filling each budget, and answers a request on each',
    { timeout: 120_000 },
    () => {
      const cases = corsWorstCases();
      expect(cases.length).toBeGreaterThanOrEqual(24);
      // corsWorstCaseMeasure throws on an invalid policy; one run with a clock that never moves checks them all.
      const measured = corsWorstCaseMeasure(() => 0, 1, cases);
      expect(measured.perCase.map((row) => row.name)).toEqual(cases.map((c) => c.name));
    },
  );
});
