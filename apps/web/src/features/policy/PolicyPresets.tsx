import { useQuery } from '@tanstack/react-query';
import { policyPresets } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { presetLocalize } from './presetLocalize.ts';
import { usePolicyApply } from './usePolicyApply.ts';

/** A failed apply is reported by the policy status line; nothing more to do here. */
function ignoreShownInStatus(): void {}

const verdictLabels = { right: 'Right', wrong: 'Wrong', depends: 'Depends' } as const;

/** One-click policies, each with when it is right or wrong; applying one replaces the live policy. */
export function PolicyPresets() {
  const config = useQuery(controlQueries.config()).data;
  const { apply } = usePolicyApply();
  if (!config) return null;
  return (
    <section className="panel" aria-labelledby="policy-presets-title">
      <h2 id="policy-presets-title">Presets</h2>
      <p className="field-help">Each one replaces the live policy; the editor above shows what it sets.</p>
      <ul className="preset-list" data-testid="preset-list">
        {policyPresets.map((original) => {
          const preset = presetLocalize(original, config);
          return (
            <li key={preset.id} className="preset" data-testid="preset" data-preset={preset.id}>
              <div className="policy-row">
                <button
                  type="button"
                  data-testid={`preset-${preset.id}`}
                  aria-label={`Apply ${preset.title}`}
                  onClick={() => void apply(preset.policy).catch(ignoreShownInStatus)}
                >
                  Apply
                </button>
                <strong id={`preset-${preset.id}-title`}>{preset.title}</strong>
                <span className={`verdict verdict-${preset.verdict}`} data-testid="preset-verdict">
                  {verdictLabels[preset.verdict]}
                </span>
              </div>
              <p className="field-help">{preset.sentence}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
