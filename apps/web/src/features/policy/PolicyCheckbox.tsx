import { useId, type ReactNode } from 'react';
import { PolicyField } from './PolicyField.tsx';
import { policyErrorsAt } from './policyDraft.ts';
import type { PolicyFieldHelpKey } from './policyFieldHelp.ts';
import { policyFormPath, type PolicyFormProps } from './policyFormProps.ts';

export interface PolicyCheckboxProps extends PolicyFormProps {
  /** The boolean field, relative to `base` (e.g. `['preflight', 'continue']`). */
  field: string[];
  checked: boolean;
  label: ReactNode;
  help: PolicyFieldHelpKey;
  testId: string;
}

/** A boolean policy field as a checkbox with its help. */
export function PolicyCheckbox({
  field,
  checked,
  label,
  help,
  testId,
  base,
  errors,
  edit,
  disabled,
}: PolicyCheckboxProps) {
  const id = useId();
  const path = [...base, ...field];
  return (
    <PolicyField
      id={id}
      label={label}
      help={help}
      errors={policyErrorsAt(errors, policyFormPath(path))}
      inline
    >
      <input
        id={id}
        type="checkbox"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-help`}
        onChange={(event) => edit(path, event.target.checked)}
      />
    </PolicyField>
  );
}
