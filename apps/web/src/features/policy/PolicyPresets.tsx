import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyPresetsFor, type PolicyPreset } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { policyDiff, type PolicyChange } from './policyDiff.ts';
import { usePolicyApply } from './usePolicyApply.ts';

const verdictLabels = { right: 'Right', wrong: 'Wrong', depends: 'Depends' } as const;

/** What the last Apply did, said beside its button: the editor it changed may be out of view. */
interface PresetApplied {
  id: string;
  changes: PolicyChange[] | null;
  error: string | null;
}

/**
 * One-click policies, each with when it is right or wrong; applying one replaces the live policy. Their
 * texts and patterns are computed from this playground's real origins (see `policyPresetsFor`).
 */
export function PolicyPresets() {
  const config = useQuery(controlQueries.config()).data;
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const { apply } = usePolicyApply();
  const [applied, setApplied] = useState<PresetApplied | null>(null);
  const presets = useMemo(
    () => (config ? policyPresetsFor({ app: config.appOrigin, other: config.otherOrigin }) : []),
    [config],
  );
  if (!config) return null;
  const presetApply = async (preset: PolicyPreset) => {
    const before = live ?? null;
    try {
      const after = await apply(preset.policy);
      setApplied({ id: preset.id, changes: before ? policyDiff(before, after) : null, error: null });
    } catch (error) {
      // The policy status line says why too; this keeps the answer next to the button pressed.
      setApplied({
        id: preset.id,
        changes: null,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <section className="panel" aria-labelledby="policy-presets-title">
      <h2 id="policy-presets-title">Presets</h2>
      <p className="field-help">Each one replaces the live policy; the editor above shows what it sets.</p>
      <ul className="preset-list" data-testid="preset-list">
        {presets.map((preset) => (
          <li key={preset.id} className="preset" data-testid="preset" data-preset={preset.id}>
            <div className="policy-row">
              <button
                type="button"
                data-testid={`preset-${preset.id}`}
                aria-label={`Apply ${preset.title}`}
                onClick={() => void presetApply(preset)}
              >
                Apply
              </button>
              <strong id={`preset-${preset.id}-title`}>{preset.title}</strong>
              <span className={`verdict verdict-${preset.verdict}`} data-testid="preset-verdict">
                {verdictLabels[preset.verdict]}
              </span>
            </div>
            <p className="field-help">{preset.sentence}</p>
            <p role="status" className="preset-applied" data-testid="preset-applied">
              {applied?.id === preset.id && <PresetAppliedText applied={applied} />}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PresetAppliedText({ applied }: { applied: PresetApplied }) {
  if (applied.error) return <>Not applied: {applied.error}</>;
  if (!applied.changes) return <>Applied.</>;
  if (applied.changes.length === 0)
    return <>Applied: the live policy was already this one, nothing changed.</>;
  return (
    <>
      Applied. Changed:{' '}
      {applied.changes.map((change, index) => (
        <span key={change.path}>
          {index > 0 && '; '}
          {change.label}: {change.before} → <strong>{change.after}</strong>
        </span>
      ))}
      .
    </>
  );
}
