import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyExporters } from '../export/policyExporters.ts';
import { importSources } from './policyImport.ts';
import { policyImporters } from './policyImporters.ts';
import { importRoundTripPolicy } from './importRoundTrip.testkit.ts';

/** Pasted text is anything at all: an importer answers with a policy or errors, and never throws. */
const samples = ['django', 'nelmio', 'express', 'nginx'] as const;
const seeds = samples.map(
  (target) =>
    policyExporters[target](
      importRoundTripPolicy({
        origin: { mode: 'list', allow: ['https://a.test', { regex: 'b\\.test$' }] },
        credentials: true,
        paths: [{ path: '^/api/', override: { origin: { mode: 'any' } } }],
      }),
    ).code,
);
/** A sample configuration cut and spliced at random places, plus arbitrary text. */
const pasted = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc
    .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }))
    .map(([seed, a, b, junk]) => {
      const i = a % (seed.length + 1);
      const j = i + (b % (seed.length - i + 1));
      return seed.slice(0, i) + junk + seed.slice(j);
    }),
);

describe.each(importSources)('%s import on arbitrary text', (source) => {
  it('returns a policy or errors with 1-based lines, never throwing (150 runs)', () => {
    fc.assert(
      fc.property(pasted, (text) => {
        const result = policyImporters[source](text);
        expect(result.policy === null).toBe(result.errors.length > 0);
        const lines = text.split(/\r?\n/).length;
        for (const e of result.errors) expect(e.line >= 1 && e.line <= lines).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
