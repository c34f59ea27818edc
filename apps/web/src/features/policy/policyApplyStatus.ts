import type { MutationState } from '@tanstack/react-query';
import { ControlPolicyError } from '../../api/controlApi.ts';
import type { PolicyDraftError } from './policyDraft.ts';
import type { PolicyDraftCheck } from './policyDraftCheck.ts';

/**
 * Where the live policy stands: `pending` covers both the typing pause and the PUT in flight (the user
 * sees "Applying…" for either), `invalid` means the policy was refused (locally or by the control plane)
 * and `error` that the control plane could not be reached or failed.
 */
export type PolicyApplyState = 'applied' | 'pending' | 'invalid' | 'error';

export interface PolicyApplyStatus {
  state: PolicyApplyState;
  errors: PolicyDraftError[];
  /** The control plane's message when an apply failed for a reason other than validation. */
  message: string | null;
}

/** What the status needs of a policy apply (a React Query mutation state). */
export type PolicyApplyMutation = Pick<
  MutationState<unknown, Error | null, unknown, unknown>,
  'status' | 'error' | 'variables'
>;

const applied: PolicyApplyStatus = { state: 'applied', errors: [], message: null };
const pending: PolicyApplyStatus = { state: 'pending', errors: [], message: null };

/** Why an apply failed: the control plane's field errors, or its message. */
export function policyApplyFailure(error: unknown): PolicyApplyStatus {
  if (error instanceof ControlPolicyError) return { state: 'invalid', errors: error.errors, message: null };
  return { state: 'error', errors: [], message: error instanceof Error ? error.message : String(error) };
}

/**
 * The status from the editor's draft and the newest apply of the sandbox (a draft's, a preset's, a
 * fix's): an invalid draft wins, since it is what the user is looking at; then a PUT in flight; then a
 * draft the server does not have yet (waiting for the pause, unless its own PUT failed); then how the
 * newest apply ended.
 */
export function policyApplyStatus(
  draft: PolicyDraftCheck,
  latest: PolicyApplyMutation | undefined,
): PolicyApplyStatus {
  if (draft.kind === 'invalid') return { state: 'invalid', errors: draft.errors, message: null };
  if (latest?.status === 'pending') return pending;
  if (draft.kind === 'valid') {
    if (draft.applied) return applied;
    const ownFailed =
      latest?.status === 'error' &&
      JSON.stringify((latest.variables as { policy?: unknown } | undefined)?.policy) ===
        JSON.stringify(draft.policy);
    return ownFailed ? policyApplyFailure(latest.error) : pending;
  }
  return latest?.status === 'error' ? policyApplyFailure(latest.error) : applied;
}
