import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyExporters } from '../export/policyExporters.ts';
import type { PolicyExporter } from '../export/policyExport.ts';
import {
  importRoundTripBehaviour,
  importRoundTripPolicy,
  importRoundTrips,
} from './importRoundTrip.testkit.ts';
import { policyImporters } from './policyImporters.ts';

/**
 * import ∘ export is the identity on the policies each target expresses: the exported configuration,
 * imported back, is a policy that behaves exactly like the original (same effective rules).
 */
const exporters = policyExporters as Record<string, PolicyExporter | undefined>;
const runs = 100;

describe.each(importRoundTrips)('import ∘ export, $source', ({ source, target, policies }) => {
  const exporter = exporters[target];
  const title = exporter
    ? `gives back every policy ${target} expresses (${runs} runs)`
    : `SKIPPED: no ${target} exporter on this branch yet`;
  it.skipIf(!exporter)(title, () => {
    fc.assert(
      fc.property(policies, (input) => {
        const policy = importRoundTripPolicy(input);
        const exported = exporter!(policy);
        const imported = policyImporters[source](exported.code);
        expect(imported.errors).toEqual([]);
        expect(importRoundTripBehaviour(imported.policy!)).toEqual(importRoundTripBehaviour(policy));
      }),
      { numRuns: runs },
    );
  });
});
