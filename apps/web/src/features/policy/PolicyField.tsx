import type { ReactNode } from 'react';
import type { PolicyDraftError } from './policyDraft.ts';
import { policyFieldHelp, type PolicyFieldHelpKey } from './policyFieldHelp.ts';

export interface PolicyFieldProps {
  /** The id of the control the label names. */
  id: string;
  label: ReactNode;
  help: PolicyFieldHelpKey;
  /** The draft's errors at this field (see `policyErrorsAt`). */
  errors: readonly PolicyDraftError[];
  children: ReactNode;
  /** Checkboxes read better with the label after the box. Default `false`. */
  inline?: boolean;
}

/** One labelled control with its one-sentence help and the draft's errors for that field. */
export function PolicyField({ id, label, help, errors, children, inline = false }: PolicyFieldProps) {
  return (
    <div className="policy-field" data-invalid={errors.length > 0 ? 'true' : undefined}>
      {inline ? (
        <div className="policy-field-inline">
          {children}
          <label htmlFor={id}>{label}</label>
        </div>
      ) : (
        <>
          <label htmlFor={id}>{label}</label>
          {children}
        </>
      )}
      <p className="field-help" id={`${id}-help`}>
        {policyFieldHelp[help]}
      </p>
      {errors.map((error) => (
        <p key={error.path} className="field-error" data-testid="field-error" data-path={error.path}>
          {error.path ? <code>{error.path}</code> : null} {error.message}
        </p>
      ))}
    </div>
  );
}
