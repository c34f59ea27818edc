import { useId } from 'react';
import type { CorsRuleOverride, PathRule } from '@cors-playground/engine';
import { DraftTextInput } from './DraftTextInput.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyTokensFormat, policyTokensParse } from './policyFieldValue.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface PathRuleRowProps extends Omit<PolicyFormProps, 'base'> {
  rule: PathRule;
  index: number;
}

type Tri = 'inherit' | 'true' | 'false';

function triValue(value: boolean | undefined): Tri {
  return value === undefined ? 'inherit' : value ? 'true' : 'false';
}

function triParse(value: string): boolean | undefined {
  return value === 'inherit' ? undefined : value === 'true';
}

/** Origin override as one select: inherit, any, reflect, or an exact-origin list typed comma-separated. */
function originOverrideValue(override: CorsRuleOverride): string {
  return override.origin?.mode ?? 'inherit';
}

const normalize = (text: string) => policyTokensFormat(policyTokensParse(text));

/**
 * One per-path rule with the overrides learners reach for most (CORS on/off, origin, credentials); the
 * JSON view edits every other override field.
 */
export function PathRuleRow({ rule, index, errors, edit, disabled }: PathRuleRowProps) {
  const id = useId();
  const path = ['paths', index];
  const override = rule.override;
  const originMode = originOverrideValue(override);
  const rowErrors = policyErrorsAt(errors, policyFormPath(path));
  const allow = override.origin?.mode === 'list' ? override.origin.allow : [];
  const stringEntries = allow.filter((entry) => typeof entry === 'string');
  // Typing a list of strings would drop regex entries, so those are edited in the JSON view only.
  const allowEditable = stringEntries.length === allow.length;
  return (
    <li className="path-rule" data-testid="path-rule" data-invalid={rowErrors.length > 0 || undefined}>
      <div className="policy-row">
        <label htmlFor={`${id}-path`}>Path pattern</label>
        <input
          id={`${id}-path`}
          data-testid="path-rule-path"
          className="mono grow"
          value={rule.path}
          placeholder="^/api/"
          disabled={disabled}
          spellCheck={false}
          onChange={(event) => edit([...path, 'path'], event.target.value)}
        />
        <button
          type="button"
          disabled={disabled}
          onClick={() => edit(path, undefined)}
          aria-label={`Remove path rule ${index + 1}`}
        >
          Remove
        </button>
      </div>
      <div className="policy-row">
        <label htmlFor={`${id}-enabled`}>CORS</label>
        <select
          id={`${id}-enabled`}
          data-testid="path-rule-enabled"
          value={triValue(override.enabled)}
          disabled={disabled}
          onChange={(event) => edit([...path, 'override', 'enabled'], triParse(event.target.value))}
        >
          <option value="inherit">inherit</option>
          <option value="true">on</option>
          <option value="false">off</option>
        </select>
        <label htmlFor={`${id}-credentials`}>Credentials</label>
        <select
          id={`${id}-credentials`}
          data-testid="path-rule-credentials"
          value={triValue(override.credentials)}
          disabled={disabled}
          onChange={(event) => edit([...path, 'override', 'credentials'], triParse(event.target.value))}
        >
          <option value="inherit">inherit</option>
          <option value="true">allowed</option>
          <option value="false">not allowed</option>
        </select>
        <label htmlFor={`${id}-origin`}>Origins</label>
        <select
          id={`${id}-origin`}
          data-testid="path-rule-origin"
          value={originMode}
          disabled={disabled}
          onChange={(event) => {
            const mode = event.target.value;
            edit(
              [...path, 'override', 'origin'],
              mode === 'inherit' ? undefined : mode === 'list' ? { mode, allow: [] } : { mode },
            );
          }}
        >
          <option value="inherit">inherit</option>
          <option value="any">any</option>
          <option value="reflect">reflect</option>
          <option value="list">list</option>
        </select>
      </div>
      {override.origin?.mode === 'list' && !allowEditable && (
        <p className="muted">This rule allows regex origins: edit them in the JSON view.</p>
      )}
      {override.origin?.mode === 'list' && allowEditable && (
        <div className="policy-row">
          <label htmlFor={`${id}-allow`}>Allowed origins (comma-separated)</label>
          <DraftTextInput
            id={`${id}-allow`}
            data-testid="path-rule-allow"
            className="mono grow"
            value={policyTokensFormat(stringEntries)}
            normalize={normalize}
            disabled={disabled}
            spellCheck={false}
            onText={(text) => edit([...path, 'override', 'origin', 'allow'], policyTokensParse(text))}
          />
        </div>
      )}
      {rowErrors.map((error) => (
        <p key={error.path} className="field-error" data-testid="field-error" data-path={error.path}>
          <code>{error.path}</code> {error.message}
        </p>
      ))}
    </li>
  );
}
