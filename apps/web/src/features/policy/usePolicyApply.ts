import { useCallback } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Policy, PolicyInput } from '@cors-playground/engine';
import { ControlPolicyError, controlPolicyPut } from '../../api/controlApi.ts';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import type { PolicyApplyState, PolicyDraftError } from '../../store/policySlice.ts';
import { policyDraftFormat } from './policyDraft.ts';

/**
 * Bumped by every new edit or apply: a PUT that finishes after a newer edit must not report its state
 * over the newer one ("Applied" while the latest draft is still waiting would be a lie).
 */
let policyApplyGeneration = 0;

/** Marks any apply in flight as superseded; returns the new generation. */
export function policyApplySupersede(): number {
  policyApplyGeneration += 1;
  return policyApplyGeneration;
}

/**
 * Validates (locally, so an invalid policy is never sent) and PUTs a policy to the control plane, then
 * writes the server's answer into the React Query policy cache. `generation` ties the reported state to
 * the edit that started it.
 */
export async function policyApplyRun(
  queryClient: QueryClient,
  sandbox: string,
  input: PolicyInput,
  generation: number = policyApplySupersede(),
): Promise<PolicyApplyState> {
  const setState = (state: PolicyApplyState, errors?: PolicyDraftError[], message?: string) => {
    if (generation === policyApplyGeneration) {
      usePlaygroundStore.getState().policyApplyStateSet(state, errors, message);
    }
    return state;
  };
  setState('pending');
  // Imported on demand: the engine (zod schema + RE2) stays out of the initial bundle for callers such
  // as the permalink restore, which run before the editor chunk loads.
  const { policyParse } = await import('@cors-playground/engine');
  const parsed = policyParse(input);
  if (!parsed.ok) return setState('invalid', parsed.errors);
  try {
    const saved: Policy = await controlPolicyPut(sandbox, parsed.policy);
    // The server's answer is the live policy whatever happened since: always cache it.
    queryClient.setQueryData(controlQueries.policy(sandbox).queryKey, saved);
    return setState('applied');
  } catch (error) {
    if (error instanceof ControlPolicyError) return setState('invalid', error.errors);
    return setState('error', [], error instanceof Error ? error.message : String(error));
  }
}

export interface PolicyApply {
  /**
   * Replaces the live policy (validated first; an invalid one is reported, never sent). Resolves with
   * how it ended, for callers that act on the outcome (the shared-policy confirmation).
   */
  apply: (policy: PolicyInput) => Promise<PolicyApplyState>;
  state: PolicyApplyState;
  errors: PolicyDraftError[];
}

/**
 * Replaces the live policy from anywhere in the app (Fix buttons, presets, permalink restore). The
 * editor's draft is dropped: the policy applied supersedes whatever was being typed. An invalid policy
 * (say, a hand-edited permalink) becomes the draft instead, so the user sees its errors and can fix it.
 */
export function usePolicyApply(): PolicyApply {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  const state = usePlaygroundStore((s) => s.policyApplyState);
  const errors = usePlaygroundStore((s) => s.policyApplyErrors);
  const apply = useCallback(
    (policy: PolicyInput) => {
      const store = usePlaygroundStore.getState();
      store.policyDraftSet(null);
      return policyApplyRun(queryClient, sandbox, policy).then((state) => {
        if (state === 'invalid') store.policyDraftSet(policyDraftFormat(policy));
        return state;
      });
    },
    [queryClient, sandbox],
  );
  return { apply, state, errors };
}
