import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import type { Policy, PolicyInput } from '@cors-playground/engine';
import { controlPolicyPut } from './controlApi.ts';
import { controlQueries } from './controlQueries.ts';

/** A policy to make live, and what it is in words for the policy history (default: a plain edit). */
export interface PolicyApplyVariables {
  policy: PolicyInput;
  by?: string;
}

/** The server's answer becomes the cached live policy; the history gained an entry. */
export function controlPolicyLiveSet(client: QueryClient, sandbox: string, saved: Policy) {
  client.setQueryData(controlQueries.policy(sandbox).queryKey, saved);
  return client.invalidateQueries({ queryKey: controlQueries.policyHistoryKey(sandbox) });
}

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
      mutationFn: ({ policy, by }: PolicyApplyVariables) => controlPolicyPut(sandbox, policy, by),
      onSuccess: (saved, _variables, _result, { client }) => controlPolicyLiveSet(client, sandbox, saved),
    }),
};
