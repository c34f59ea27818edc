import { useMutationState } from '@tanstack/react-query';
import { controlMutations } from '../../api/controlMutations.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { policyApplyStatus, type PolicyApplyStatus } from './policyApplyStatus.ts';
import type { PolicyDraftCheck } from './policyDraftCheck.ts';

/** Where the live policy of this sandbox stands, whoever applied it (see `policyApplyStatus`). */
export function usePolicyApplyStatus(draft: PolicyDraftCheck): PolicyApplyStatus {
  const sandbox = useSandbox();
  // The mutation cache lists applies in the order they were made: the last is the newest.
  const latest = useMutationState({
    filters: { mutationKey: controlMutations.policyApplyKey(sandbox) },
  }).at(-1);
  return policyApplyStatus(draft, latest);
}
