import type { PolicyDraftError, PolicyPathSegment } from './policyDraft.ts';
import type { PolicyEdit } from './usePolicyDraft.ts';

/** What every form section gets: where it sits in the policy, the draft's errors, and how to edit. */
export interface PolicyFormProps {
  /** Path of the rule this section edits: `[]` for the top level, `['paths', 0, 'override']` for a path rule. */
  base: PolicyPathSegment[];
  errors: readonly PolicyDraftError[];
  edit: PolicyEdit;
  /** Disabled while the JSON view holds a syntax error the form cannot follow. */
  disabled: boolean;
}

/** `['paths', 0, 'override']` + `origin` → `paths[0].override.origin`, as the engine formats error paths. */
export function policyFormPath(base: readonly PolicyPathSegment[], ...rest: PolicyPathSegment[]): string {
  let out = '';
  for (const part of [...base, ...rest]) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}
