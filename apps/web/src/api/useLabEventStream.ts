import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { labEventSchema, sandboxControlBase, type LabEvent } from '@cors-playground/protocol';
import { controlQueries } from './controlQueries.ts';
import { useSandbox } from './SandboxProvider.tsx';

/** How many received requests the UI keeps. */
const eventsKept = 200;

/**
 * Streams what the lab API receives in this sandbox into the React Query cache (EventSource reconnects by
 * itself).
 */
export function useLabEventStream(): void {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  useEffect(() => {
    const source = new EventSource(`${sandboxControlBase(sandbox)}/events`);
    source.addEventListener('lab', (message) => {
      const parsed = labEventSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (!parsed.success) return;
      queryClient.setQueryData<LabEvent[]>(controlQueries.events(sandbox).queryKey, (events = []) =>
        events.some((e) => e.id === parsed.data.id) ? events : [...events, parsed.data].slice(-eventsKept),
      );
    });
    return () => source.close();
  }, [queryClient, sandbox]);
}
