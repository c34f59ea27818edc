import { useCallback } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Policy, PolicyInput } from '@cors-playground/engine';
import { controlMutations } from '../../api/controlMutations.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { policyApplyFailure, type PolicyApplyStatus } from './policyApplyStatus.ts';

export interface PolicyApply {
  /**
   * Replaces the live policy: resolves with the server's policy once it is live, rejects with why not
   * (a ControlPolicyError carries the field paths). `by` names what replaces the policy ("Preset
   * 'Strict'") in the policy history and its Undo; default: a plain edit.
   */
  apply: (policy: PolicyInput, by?: string) => Promise<Policy>;
  /** This caller's apply is in flight. */
  pending: boolean;
  /** Why this caller's last apply failed, or null. */
  failure: PolicyApplyStatus | null;
}

/**
 * Replaces the live policy from anywhere in the app (Fix buttons, presets, a shared link once the user
 * confirmed it). The editor's draft is dropped: the policy applied supersedes whatever was being typed.
 */
export function usePolicyApply(): PolicyApply {
  const sandbox = useSandbox();
  const draftSet = usePlaygroundStore((s) => s.policyDraftSet);
  const { mutateAsync, isPending, error } = useMutation(controlMutations.policyApply(sandbox));
  const apply = useCallback(
    (policy: PolicyInput, by?: string) => {
      draftSet(null);
      return mutateAsync({ policy, by });
    },
    [draftSet, mutateAsync],
  );
  return { apply, pending: isPending, failure: error ? policyApplyFailure(error) : null };
}
