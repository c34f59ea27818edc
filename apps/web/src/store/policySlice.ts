import type { StateCreator } from 'zustand';

export interface PolicySlice {
  /**
   * The editor's JSON text while it differs from the live policy, or null when the editor shows the live
   * policy. Kept as text so an invalid draft (even a JSON syntax error) is never lost.
   */
  policyDraftText: string | null;
  policyDraftSet: (text: string | null) => void;
}

export const policySliceCreate: StateCreator<PolicySlice, [], [], PolicySlice> = (set) => ({
  policyDraftText: null,
  policyDraftSet: (text) => set({ policyDraftText: text }),
});
