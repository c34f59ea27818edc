import { useId } from 'react';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';
import { PolicyTextInput } from './PolicyTextInput.tsx';

export interface MaxAgeFieldProps extends PolicyFormProps {
  maxAge: number | null;
}

/** `Access-Control-Max-Age` in seconds, or none at all (the browser's default applies). */
export function MaxAgeField({ maxAge, base, errors, edit, disabled }: MaxAgeFieldProps) {
  const id = useId();
  const path = [...base, 'maxAge'];
  return (
    <PolicyField
      id={`${id}-value`}
      label="Preflight max-age (seconds)"
      help="maxAge"
      errors={policyErrorsAt(errors, policyFormPath(path))}
    >
      <div className="policy-row">
        <label>
          <input
            type="checkbox"
            data-testid="max-age-none"
            checked={maxAge === null}
            disabled={disabled}
            onChange={(event) => edit(path, event.target.checked ? null : 600)}
          />{' '}
          none (send no header)
        </label>
        {maxAge !== null && (
          <PolicyTextInput
            id={`${id}-value`}
            testId="max-age"
            kind="number"
            value={maxAge}
            path={path}
            edit={edit}
            disabled={disabled}
          />
        )}
      </div>
    </PolicyField>
  );
}
