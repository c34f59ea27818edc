import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyPresetsFor, type PolicyPreset } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { appOriginRuleAllows } from './appOriginRule.ts';
import type { PolicyEditorContext } from './policyEditorContext.ts';
import { policyDiff, type PolicyChange } from './policyDiff.ts';
import { usePolicyApply } from './usePolicyApply.ts';

const verdictLabels = { right: 'Right', wrong: 'Wrong', depends: 'Depends' } as const;

/** What the last Apply did, said beside its button: the editor it changed may be out of view. */
interface PresetApplied {
  id: string;
  changes: PolicyChange[] | null;
  error: string | null;
  /** Set when the policy applied shuts out the context's app: what it needs, in a sentence. */
  shutsOut: string | null;
}

/**
 * One-click policies, each with when it is right or wrong; applying one replaces the live policy. Their
 * texts and patterns are computed from the real origins of the context's app and other site (see
 * `policyPresetsFor`): the playground's, or in a challenge the victim's app and the attacker's seat.
 */
export function PolicyPresets({ context }: { context: PolicyEditorContext }) {
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const { apply } = usePolicyApply();
  const [applied, setApplied] = useState<PresetApplied | null>(null);
  const { appOrigin, appLabel, otherOrigin } = context;
  const presets = useMemo(
    () => policyPresetsFor({ app: appOrigin, other: otherOrigin }),
    [appOrigin, otherOrigin],
  );
  const presetApply = async (preset: PolicyPreset) => {
    const before = live ?? null;
    try {
      const after = await apply(preset.policy, `Preset '${preset.title}'`);
      const shutsOut = appOriginRuleAllows(after, appOrigin)
        ? null
        : `It shuts out ${appLabel}, which needs ${appOrigin} allowed.`;
      setApplied({
        id: preset.id,
        changes: before ? policyDiff(before, after) : null,
        error: null,
        shutsOut,
      });
    } catch (error) {
      // The policy status line says why too; this keeps the answer next to the button pressed.
      setApplied({
        id: preset.id,
        changes: null,
        error: error instanceof Error ? error.message : String(error),
        shutsOut: null,
      });
    }
  };
  return (
    <section className="panel" aria-labelledby="policy-presets-title">
      <h2 id="policy-presets-title">Presets</h2>
      <p className="field-help" data-testid="preset-context">
        Written for <code>{appOrigin}</code> ({appLabel}), with <code>{otherOrigin}</code> as the other site.
        Each one replaces the live policy (Undo in the editor brings yours back); the editor above shows what
        it sets.
      </p>
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
  return (
    <>
      <PresetChangesText changes={applied.changes} />
      {applied.shutsOut && <strong> {applied.shutsOut}</strong>}
    </>
  );
}

function PresetChangesText({ changes }: { changes: PolicyChange[] | null }) {
  if (!changes) return <>Applied.</>;
  if (changes.length === 0) return <>Applied: the live policy was already this one, nothing changed.</>;
  return (
    <>
      Applied. Changed:{' '}
      {changes.map((change, index) => (
        <span key={change.path}>
          {index > 0 && '; '}
          {change.label}: {change.before} → <strong>{change.after}</strong>
        </span>
      ))}
      .
    </>
  );
}
