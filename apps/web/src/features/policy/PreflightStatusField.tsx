import { useId } from 'react';
import { DraftTextInput } from './DraftTextInput.tsx';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyNumberParse } from './policyFieldValue.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface PreflightStatusFieldProps extends PolicyFormProps {
  status: number;
}

const normalize = (text: string) => String(policyNumberParse(text));

/** The status the CORS layer answers a preflight with. */
export function PreflightStatusField({ status, base, errors, edit, disabled }: PreflightStatusFieldProps) {
  const id = useId();
  const path = [...base, 'preflight', 'status'];
  return (
    <PolicyField
      id={id}
      label="Preflight status"
      help="preflightStatus"
      errors={policyErrorsAt(errors, policyFormPath(path))}
    >
      <DraftTextInput
        id={id}
        data-testid="preflight-status"
        className="mono narrow"
        inputMode="numeric"
        value={String(status)}
        normalize={normalize}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onText={(text) => edit(path, policyNumberParse(text))}
      />
    </PolicyField>
  );
}
