import { useCallback } from 'react';
import { useMutation } from '@tanstack/react-query';
import { policyHistoryMutations } from '../../api/policyHistoryApi.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';

/**
 * Brings back a policy of the sandbox's history (by id) or its default (`'default'`). The editor's
 * draft is dropped first, as for any apply: left in place it would be sent again over the restored policy.
 */
export function usePolicyRestore() {
  const sandbox = useSandbox();
  const draftSet = usePlaygroundStore((s) => s.policyDraftSet);
  const { mutate, isPending, error } = useMutation(policyHistoryMutations.restore(sandbox));
  const restore = useCallback(
    (id: number | 'default') => {
      draftSet(null);
      mutate(id);
    },
    [draftSet, mutate],
  );
  return { restore, pending: isPending, error };
}
