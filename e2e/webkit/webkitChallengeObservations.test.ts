import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { challengeList } from '@cors-playground/engine';

interface Observation {
  id: string;
  seat: string;
  failed?: string;
  runs: Array<{ status: string; collected: string[]; serverSaw: string[] }>;
  attempt: { state: string };
}

/** What webkitChallengeMeasure.ts recorded in WebKitGTK: the source of every challenge's WebKit text. */
const observed = JSON.parse(
  readFileSync(new URL('./webkitChallengeObservations.json', import.meta.url), 'utf8'),
) as { results: Observation[] };

describe("the challenges' WebKit texts say what WebKitGTK did", () => {
  it.each(challengeList.map((challenge) => [challenge.id, challenge] as const))('%s', (id, challenge) => {
    const runs = observed.results.filter((result) => result.id === id);
    expect(runs.length, `no WebKit observation of ${id}: run webkitChallengeMeasure.ts`).toBeGreaterThan(0);
    for (const run of runs) {
      expect(run.failed).toBeUndefined();
      // Every error message the exploit saw in WebKit is named, in WebKit's words.
      const errors = run.runs.flatMap((r) => r.collected.join(' ').match(/TypeError: [A-Za-z ]+/g) ?? []);
      for (const error of new Set(errors)) expect(challenge.expected.webkit).toContain(error.trim());
      if (run.attempt.state === 'exploited') expect(challenge.expected.webkit).toMatch(/Solved/);
    }
    expect(challenge.expected.webkit).toMatch(/^Measured in WebKitGTK/);
  });
});
