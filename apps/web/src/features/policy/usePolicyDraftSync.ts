import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { policyParse } from '@cors-playground/engine';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { policyDraftParse } from './policyDraft.ts';
import { policyApplyRun, policyApplySupersede } from './usePolicyApply.ts';

/** Long enough to coalesce typing into one PUT, short enough that the next Send sees the edit. */
export const policyDraftDebounceMs = 300;

/**
 * Validates the editor's draft on every change and sends it to the live API once typing pauses. An
 * invalid draft is reported with its field paths and never sent; it stays in the editor until fixed.
 * Mount once (the policy editor does).
 */
export function usePolicyDraftSync(): void {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const draftText = usePlaygroundStore((s) => s.policyDraftText);
  const stateSet = usePlaygroundStore((s) => s.policyApplyStateSet);

  useEffect(() => {
    if (draftText === null) return;
    const generation = policyApplySupersede();
    const json = policyDraftParse(draftText);
    if (!json.ok) {
      stateSet('invalid', [json.error]);
      return;
    }
    const parsed = policyParse(json.value);
    if (!parsed.ok) {
      stateSet('invalid', parsed.errors);
      return;
    }
    // The schema builds keys in one order, so equal policies serialize equally.
    if (live && JSON.stringify(parsed.policy) === JSON.stringify(live)) {
      stateSet('applied');
      return;
    }
    stateSet('pending');
    const timer = setTimeout(
      () => void policyApplyRun(queryClient, sandbox, parsed.policy, generation),
      policyDraftDebounceMs,
    );
    return () => clearTimeout(timer);
  }, [draftText, live, queryClient, sandbox, stateSet]);
}
