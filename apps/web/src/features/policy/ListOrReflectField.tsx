import { useId } from 'react';
import type { CorsRule } from '@cors-playground/engine';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';
import { PolicyTextInput } from './PolicyTextInput.tsx';

export interface ListOrReflectFieldProps extends PolicyFormProps {
  field: 'allowMethods' | 'allowHeaders';
  value: CorsRule['allowMethods'];
  label: string;
  /** Prefix of the controls' test ids: `allow-methods` gives `allow-methods-mode` and `allow-methods`. */
  testId: string;
  placeholder: string;
}

/** Allowed methods or headers: a comma-separated list (may include `*`) or reflect what was requested. */
export function ListOrReflectField({
  field,
  value,
  label,
  testId,
  placeholder,
  ...props
}: ListOrReflectFieldProps) {
  const id = useId();
  const { base, errors, edit, disabled } = props;
  const path = [...base, field];
  const values = value.mode === 'list' ? value.values : [];
  return (
    <PolicyField
      id={`${id}-mode`}
      label={label}
      help={field}
      errors={policyErrorsAt(errors, policyFormPath(path))}
    >
      <div className="policy-row">
        <select
          id={`${id}-mode`}
          data-testid={`${testId}-mode`}
          value={value.mode}
          disabled={disabled}
          aria-describedby={`${id}-mode-help`}
          onChange={(event) =>
            edit(path, event.target.value === 'reflect' ? { mode: 'reflect' } : { mode: 'list', values })
          }
        >
          <option value="list">list</option>
          <option value="reflect">reflect the request</option>
        </select>
        {value.mode === 'list' && (
          <>
            <label htmlFor={`${id}-values`} className="visually-hidden">
              {label} (comma-separated)
            </label>
            <PolicyTextInput
              id={`${id}-values`}
              testId={testId}
              kind="tokens"
              value={values}
              path={[...path, 'values']}
              edit={edit}
              disabled={disabled}
              placeholder={placeholder}
            />
          </>
        )}
      </div>
    </PolicyField>
  );
}
