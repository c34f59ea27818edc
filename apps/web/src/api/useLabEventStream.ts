import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { labEventSchema, type LabEvent } from '@cors-playground/protocol';
import { sandboxControlBase } from './sandboxId.ts';
import { controlQueries } from './controlQueries.ts';

/** How many received requests the UI keeps. */
const eventsKept = 200;

/** Streams what the lab API receives into the React Query cache (EventSource reconnects by itself). */
export function useLabEventStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource(`${sandboxControlBase}/events`);
    source.addEventListener('lab', (message) => {
      const parsed = labEventSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (!parsed.success) return;
      queryClient.setQueryData<LabEvent[]>(controlQueries.events().queryKey, (events = []) =>
        events.some((e) => e.id === parsed.data.id) ? events : [...events, parsed.data].slice(-eventsKept),
      );
    });
    return () => source.close();
  }, [queryClient]);
}
