import { queryOptions } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { controlConfigGet, controlPolicyGet, controlPolicyHistoryGet } from './controlApi.ts';

/** Every server-data query of the app, in one place; per-sandbox data has the sandbox in its key. */
export const controlQueries = {
  config: () => queryOptions({ queryKey: ['control', 'config'], queryFn: controlConfigGet }),
  policy: (sandbox: string) =>
    queryOptions({ queryKey: ['control', sandbox, 'policy'], queryFn: () => controlPolicyGet(sandbox) }),
  /** Under the policy's key: whatever refreshes the live policy refreshes its history too. */
  policyHistory: (sandbox: string) =>
    queryOptions({
      queryKey: ['control', sandbox, 'policy', 'history'],
      queryFn: () => controlPolicyHistoryGet(sandbox),
    }),
  /** Filled by the event stream (useLabEventStream), never fetched. */
  events: (sandbox: string) =>
    queryOptions({
      queryKey: ['control', sandbox, 'events'],
      queryFn: () => Promise.resolve([] as LabEvent[]),
      staleTime: Infinity,
    }),
};
