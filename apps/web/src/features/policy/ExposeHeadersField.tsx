import { useId } from 'react';
import { DraftTextInput } from './DraftTextInput.tsx';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import { policyTokensFormat, policyTokensParse } from './policyFieldValue.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface ExposeHeadersFieldProps extends PolicyFormProps {
  values: readonly string[];
}

const normalize = (text: string) => policyTokensFormat(policyTokensParse(text));

/** `Access-Control-Expose-Headers`, typed comma-separated. */
export function ExposeHeadersField({ values, base, errors, edit, disabled }: ExposeHeadersFieldProps) {
  const id = useId();
  const path = [...base, 'exposeHeaders'];
  return (
    <PolicyField
      id={id}
      label="Exposed response headers"
      help="exposeHeaders"
      errors={policyErrorsAt(errors, policyFormPath(path))}
    >
      <DraftTextInput
        id={id}
        data-testid="expose-headers"
        className="mono grow"
        value={policyTokensFormat(values)}
        normalize={normalize}
        placeholder="X-Request-Id, X-Total-Count"
        disabled={disabled}
        spellCheck={false}
        aria-describedby={`${id}-help`}
        onText={(text) => edit(path, policyTokensParse(text))}
      />
    </PolicyField>
  );
}
