import { mutationOptions, queryOptions } from '@tanstack/react-query';
import type { Policy } from '@cors-playground/engine';
import { policyHistorySchema, type PolicyHistoryEntry } from '@cors-playground/protocol/pages';
import { sandboxControlBase } from '@cors-playground/protocol/paths';
import { controlJson, controlPolicyAnswer } from './controlApi.ts';
import { controlMutations, controlPolicyLiveSet } from './controlMutations.ts';
import { controlQueries } from './controlQueries.ts';

/**
 * The policy history's server data, beside `controlQueries` and `controlMutations`: in a module of its
 * own so that only the (lazy) policy editor loads it.
 */
async function policyHistoryGet(sandbox: string): Promise<PolicyHistoryEntry[]> {
  const json = await controlJson(await fetch(`${sandboxControlBase(sandbox)}/policy/history`));
  return policyHistorySchema.parse(json);
}

/** Brings back a policy of the history (by its id), or the sandbox's default one (`'default'`). */
async function policyHistoryRestore(sandbox: string, id: number | 'default'): Promise<Policy> {
  const response = await fetch(`${sandboxControlBase(sandbox)}/policy/restore`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id }),
  });
  return controlPolicyAnswer(response);
}

export const policyHistoryQueries = {
  /** The policies `sandbox` had before its live one, newest first. */
  history: (sandbox: string) =>
    queryOptions({
      queryKey: controlQueries.policyHistoryKey(sandbox),
      queryFn: () => policyHistoryGet(sandbox),
    }),
};

export const policyHistoryMutations = {
  /**
   * Brings back a policy of the history, or the sandbox's default (`'default'`): in the same queue as
   * every apply of the sandbox, so it lands in the order it was made.
   */
  restore: (sandbox: string) =>
    mutationOptions({
      mutationKey: controlMutations.policyApplyKey(sandbox),
      scope: { id: `policy-${sandbox}` },
      mutationFn: (id: number | 'default') => policyHistoryRestore(sandbox, id),
      onSuccess: (saved, _id, _result, { client }) => controlPolicyLiveSet(client, sandbox, saved),
    }),
};
