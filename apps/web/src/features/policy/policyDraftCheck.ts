import { policyParse, type Policy } from '@cors-playground/engine';
import type { PolicyDraftError, PolicyDraftParse } from './policyDraft.ts';

/** What the editor's draft means for the live policy. */
export type PolicyDraftCheck =
  /** No draft: the editor shows the live policy. */
  | { kind: 'none' }
  /** Not JSON, or not a policy: reported at its field paths and never sent. */
  | { kind: 'invalid'; errors: PolicyDraftError[] }
  /** A policy; `applied` when the server already has exactly this one. */
  | { kind: 'valid'; policy: Policy; applied: boolean };

/**
 * Validates the draft once, for everyone who needs to know: the status line, the form's field errors and
 * the sync that sends it. `json` is the draft's JSON parse (null without a draft).
 */
export function policyDraftCheck(json: PolicyDraftParse | null, live: Policy | undefined): PolicyDraftCheck {
  if (json === null) return { kind: 'none' };
  if (!json.ok) return { kind: 'invalid', errors: [json.error] };
  const parsed = policyParse(json.value);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  // The schema builds keys in one order, so equal policies serialize equally.
  const applied = live !== undefined && JSON.stringify(parsed.policy) === JSON.stringify(live);
  return { kind: 'valid', policy: parsed.policy, applied };
}
