import type { PolicyPathSegment } from './policyDraft.ts';
import type { PolicyEdit } from './usePolicyDraft.ts';

export interface PolicyRemoveButtonProps {
  /** The list item the button deletes. */
  path: PolicyPathSegment[];
  edit: PolicyEdit;
  disabled: boolean;
  /** What a screen reader hears, e.g. `Remove entry 2`. */
  label: string;
  testId?: string;
}

/** Deletes one item of a policy list (an origin entry, a path rule). */
export function PolicyRemoveButton({ path, edit, disabled, label, testId }: PolicyRemoveButtonProps) {
  return (
    <button
      type="button"
      data-testid={testId}
      disabled={disabled}
      onClick={() => edit(path, undefined)}
      aria-label={label}
    >
      Remove
    </button>
  );
}
