import { useId } from 'react';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import type { PolicyFieldHelpKey } from './policyFieldHelp.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';
import { PolicyTextInput, type PolicyTextInputValue } from './PolicyTextInput.tsx';

export type PolicyTextFieldProps = PolicyFormProps &
  PolicyTextInputValue & {
    /** The field, relative to `base` (e.g. `['preflight', 'status']`). */
    field: string[];
    label: string;
    help: PolicyFieldHelpKey;
    testId: string;
    placeholder?: string;
  };

/** A policy value typed as text (exposed headers, the preflight status), with its help and errors. */
export function PolicyTextField({ field, label, help, base, errors, ...input }: PolicyTextFieldProps) {
  const id = useId();
  const path = [...base, ...field];
  return (
    <PolicyField id={id} label={label} help={help} errors={policyErrorsAt(errors, policyFormPath(path))}>
      <PolicyTextInput id={id} path={path} describedBy={`${id}-help`} {...input} />
    </PolicyField>
  );
}
