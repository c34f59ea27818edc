import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { controlMutations } from '../../api/controlMutations.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import type { PolicyDraftCheck } from './policyDraftCheck.ts';

/** Long enough to coalesce typing into one PUT, short enough that the next Send sees the edit. */
export const policyDraftDebounceMs = 300;

/**
 * Sends the editor's draft to the live API once typing pauses. An invalid draft is never sent: it stays
 * in the editor, with its errors, until fixed. Mount once (the policy editor does).
 */
export function usePolicyDraftSync(draft: PolicyDraftCheck): void {
  const sandbox = useSandbox();
  const { mutate } = useMutation(controlMutations.policyApply(sandbox));
  useEffect(() => {
    if (draft.kind !== 'valid' || draft.applied) return;
    const timer = setTimeout(() => mutate({ policy: draft.policy }), policyDraftDebounceMs);
    return () => clearTimeout(timer);
  }, [draft, mutate]);
}
