import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { labEventSchema, sandboxControlBase, type LabEvent } from '@cors-playground/protocol';
import { controlQueries } from './controlQueries.ts';
import { useSandbox } from './SandboxProvider.tsx';

/** How many received requests the UI keeps. */
const eventsKept = 200;

/**
 * Streams what the lab API receives in this sandbox into the React Query cache (EventSource reconnects by
 * itself), and reads the live policy again after a reconnect.
 */
export function useLabEventStream(): void {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  useEffect(() => {
    const source = new EventSource(`${sandboxControlBase(sandbox)}/events`);
    let opened = false;
    source.addEventListener('open', () => {
      // The server closes a sandbox's streams when it drops the sandbox (a workshop instructor's reset or
      // remove): after the reconnect, its live policy and history may be new.
      if (opened) void queryClient.invalidateQueries({ queryKey: controlQueries.policy(sandbox).queryKey });
      opened = true;
    });
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
