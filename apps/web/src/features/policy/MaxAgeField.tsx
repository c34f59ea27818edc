import { useId } from 'react';
import { LabelledCheckbox } from '../../ui/LabelledCheckbox.tsx';
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
        <LabelledCheckbox
          testId="max-age-none"
          checked={maxAge === null}
          disabled={disabled}
          onChecked={(checked) => edit(path, checked ? null : 600)}
        >
          none (send no header)
        </LabelledCheckbox>
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
