import type { StateCreator } from 'zustand';

/** One problem in the policy draft, at its field path (`''` for the whole document). */
export interface PolicyDraftError {
  path: string;
  message: string;
}

/**
 * Where the live-policy pipeline stands: `pending` covers both the debounce wait and the PUT in flight
 * (the user sees "Applying…" for either), `invalid` means the draft failed validation and was not sent.
 */
export type PolicyApplyState = 'applied' | 'pending' | 'invalid' | 'error';

export interface PolicySlice {
  /**
   * The editor's JSON text while it differs from the live policy, or null when the editor shows the live
   * policy. Kept as text so an invalid draft (even a JSON syntax error) is never lost.
   */
  policyDraftText: string | null;
  policyApplyState: PolicyApplyState;
  policyApplyErrors: PolicyDraftError[];
  /** The control plane's message when the last PUT failed for a reason other than validation. */
  policyApplyMessage: string | null;
  policyDraftSet: (text: string | null) => void;
  policyApplyStateSet: (
    state: PolicyApplyState,
    errors?: PolicyDraftError[],
    message?: string | null,
  ) => void;
}

export const policySliceCreate: StateCreator<PolicySlice, [], [], PolicySlice> = (set) => ({
  policyDraftText: null,
  policyApplyState: 'applied',
  policyApplyErrors: [],
  policyApplyMessage: null,
  policyDraftSet: (text) => set({ policyDraftText: text }),
  policyApplyStateSet: (state, errors = [], message = null) =>
    set({ policyApplyState: state, policyApplyErrors: errors, policyApplyMessage: message }),
});
