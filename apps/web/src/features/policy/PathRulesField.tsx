import type { PathRule } from '@cors-playground/engine';
import { PathRuleRow } from './PathRuleRow.tsx';
import { policyFieldHelp } from './policyFieldHelp.ts';
import type { PolicyFormProps } from './policyFormProps.ts';

export interface PathRulesFieldProps extends Omit<PolicyFormProps, 'base'> {
  paths: readonly PathRule[];
}

/** The per-path rules, first match wins. */
export function PathRulesField({ paths, ...props }: PathRulesFieldProps) {
  return (
    <fieldset className="policy-fieldset" data-testid="path-rules">
      <legend>Per-path rules</legend>
      <p className="field-help">{policyFieldHelp.paths}</p>
      {paths.length > 0 && (
        <ol className="path-rules">
          {paths.map((rule, index) => (
            <PathRuleRow key={index} rule={rule} index={index} {...props} />
          ))}
        </ol>
      )}
      <button
        type="button"
        data-testid="path-rule-add"
        disabled={props.disabled}
        onClick={() =>
          props.edit(['paths', paths.length], { path: '^/public/', override: { origin: { mode: 'any' } } })
        }
      >
        Add path rule
      </button>
    </fieldset>
  );
}
