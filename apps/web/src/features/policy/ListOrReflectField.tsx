import { useId } from 'react';
import type { CorsRule } from '@cors-playground/engine';
import { DraftTextInput } from './DraftTextInput.tsx';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyTokensFormat, policyTokensParse } from './policyFieldValue.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface ListOrReflectFieldProps extends PolicyFormProps {
  field: 'allowMethods' | 'allowHeaders';
  value: CorsRule['allowMethods'];
  label: string;
  /** Prefix of the controls' test ids: `allow-methods` gives `allow-methods-mode` and `allow-methods`. */
  testId: string;
  placeholder: string;
}

const normalize = (text: string) => policyTokensFormat(policyTokensParse(text));

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
            <DraftTextInput
              id={`${id}-values`}
              data-testid={testId}
              className="mono grow"
              value={policyTokensFormat(values)}
              normalize={normalize}
              placeholder={placeholder}
              disabled={disabled}
              spellCheck={false}
              onText={(text) => edit([...path, 'values'], policyTokensParse(text))}
            />
          </>
        )}
      </div>
    </PolicyField>
  );
}
