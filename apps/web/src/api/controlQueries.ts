import { queryOptions } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { controlConfigGet, controlPolicyGet } from './controlApi.ts';

/**
 * The control plane's queries every page reads (config, live policy, events); a lazy page's own queries sit
 * in its api module (policyHistoryApi, challengeApi, workshopApi, selfCheckApi). Per-sandbox data has the
 * sandbox in its key.
 */
export const controlQueries = {
  config: () => queryOptions({ queryKey: ['control', 'config'], queryFn: controlConfigGet }),
  policy: (sandbox: string) =>
    queryOptions({ queryKey: ['control', sandbox, 'policy'], queryFn: () => controlPolicyGet(sandbox) }),
  /**
   * The key of the policy history (its query is in `policyHistoryApi`, which only the editor loads),
   * under the policy's: whatever refreshes the live policy refreshes its history too.
   */
  policyHistoryKey: (sandbox: string) => ['control', sandbox, 'policy', 'history'],
  /** Filled by the event stream (useLabEventStream), never fetched. */
  events: (sandbox: string) =>
    queryOptions({
      queryKey: ['control', sandbox, 'events'],
      queryFn: () => Promise.resolve([] as LabEvent[]),
      staleTime: Infinity,
    }),
};
