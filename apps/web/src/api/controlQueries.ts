import { queryOptions } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { controlConfigGet, controlPolicyGet } from './controlApi.ts';

/** Every server-data query of the app, in one place. */
export const controlQueries = {
  config: () => queryOptions({ queryKey: ['control', 'config'], queryFn: controlConfigGet }),
  policy: () => queryOptions({ queryKey: ['control', 'policy'], queryFn: controlPolicyGet }),
  /** Filled by the event stream (useLabEventStream), never fetched. */
  events: () =>
    queryOptions({
      queryKey: ['control', 'events'],
      queryFn: () => Promise.resolve([] as LabEvent[]),
      staleTime: Infinity,
    }),
};
