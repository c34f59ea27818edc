import { Fragment, useId } from 'react';
import type { CorsRuleOverride, PathRule } from '@cors-playground/engine';
import { policyErrorsAt } from './policyDraft.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';
import { PolicyRemoveButton } from './PolicyRemoveButton.tsx';
import { PolicyTextInput } from './PolicyTextInput.tsx';

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

/** The on/off overrides: inherit the top level, or say what the two values mean for this field. */
const triFields = [
  { field: 'enabled', label: 'CORS', on: 'on', off: 'off' },
  { field: 'credentials', label: 'Credentials', on: 'allowed', off: 'not allowed' },
] as const;

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
        <PolicyTextInput
          id={`${id}-path`}
          testId="path-rule-path"
          kind="text"
          value={rule.path}
          path={[...path, 'path']}
          edit={edit}
          disabled={disabled}
          placeholder="^/api/"
        />
        <PolicyRemoveButton
          path={path}
          edit={edit}
          disabled={disabled}
          label={`Remove path rule ${index + 1}`}
        />
      </div>
      <div className="policy-row">
        {triFields.map(({ field, label, on, off }) => (
          <Fragment key={field}>
            <label htmlFor={`${id}-${field}`}>{label}</label>
            <select
              id={`${id}-${field}`}
              data-testid={`path-rule-${field}`}
              value={triValue(override[field])}
              disabled={disabled}
              onChange={(event) => edit([...path, 'override', field], triParse(event.target.value))}
            >
              <option value="inherit">inherit</option>
              <option value="true">{on}</option>
              <option value="false">{off}</option>
            </select>
          </Fragment>
        ))}
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
          <PolicyTextInput
            id={`${id}-allow`}
            testId="path-rule-allow"
            kind="tokens"
            value={stringEntries}
            path={[...path, 'override', 'origin', 'allow']}
            edit={edit}
            disabled={disabled}
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
