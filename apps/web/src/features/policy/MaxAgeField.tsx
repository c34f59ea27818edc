import { useId } from 'react';
import { DraftTextInput } from './DraftTextInput.tsx';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyNumberParse } from './policyFieldValue.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface MaxAgeFieldProps extends PolicyFormProps {
  maxAge: number | null;
}

const normalize = (text: string) => String(policyNumberParse(text));

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
          <DraftTextInput
            id={`${id}-value`}
            data-testid="max-age"
            className="mono narrow"
            inputMode="numeric"
            value={String(maxAge)}
            normalize={normalize}
            disabled={disabled}
            onText={(text) => edit(path, policyNumberParse(text))}
          />
        )}
      </div>
    </PolicyField>
  );
}
