import { mutationOptions } from '@tanstack/react-query';
import type { PolicyInput } from '@cors-playground/engine';
import { controlPolicyPut } from './controlApi.ts';
import { controlQueries } from './controlQueries.ts';

/** Every change the app makes to server data, in one place beside `controlQueries`. */
export const controlMutations = {
  /** The key every policy apply of `sandbox` carries, so any view can follow them (useMutationState). */
  policyApplyKey: (sandbox: string) => ['control', sandbox, 'policy', 'apply'],
  /**
   * Replaces the live policy of `sandbox` (the control plane validates it: a 400 comes back as a
   * ControlPolicyError with field paths). One scope per sandbox: applies run one after another in the
   * order they were made, so the last one made is the one that stays live, and the server's answer
   * becomes the cached live policy.
   */
  policyApply: (sandbox: string) =>
    mutationOptions({
      mutationKey: controlMutations.policyApplyKey(sandbox),
      scope: { id: `policy-${sandbox}` },
      mutationFn: (policy: PolicyInput) => controlPolicyPut(sandbox, policy),
      onSuccess: (saved, _policy, _result, { client }) =>
        client.setQueryData(controlQueries.policy(sandbox).queryKey, saved),
    }),
};
