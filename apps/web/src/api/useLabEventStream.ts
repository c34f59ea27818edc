import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LabEvent } from '@cors-playground/protocol';
import { sandboxControlBase } from '@cors-playground/protocol/paths';
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
    // Loaded with the config already (controlConfigGet): out of the first paint's bundle. Events wait on
    // one promise, so they still land in the order they came.
    const schema = import('./controlSchemas.ts').then(({ controlSchemas }) => controlSchemas.labEvent);
    let closed = false;
    let opened = false;
    source.addEventListener('open', () => {
      // The server closes a sandbox's streams when it drops the sandbox (a workshop instructor's reset or
      // remove): after the reconnect, its live policy and history may be new.
      if (opened) void queryClient.invalidateQueries({ queryKey: controlQueries.policy(sandbox).queryKey });
      opened = true;
    });
    source.addEventListener('lab', (message) => {
      const data: unknown = JSON.parse((message as MessageEvent<string>).data);
      void schema.then((labEventSchema) => {
        const parsed = labEventSchema.safeParse(data);
        if (closed || !parsed.success) return;
        queryClient.setQueryData<LabEvent[]>(controlQueries.events(sandbox).queryKey, (events = []) =>
          events.some((e) => e.id === parsed.data.id) ? events : [...events, parsed.data].slice(-eventsKept),
        );
      });
    });
    return () => {
      closed = true;
      source.close();
    };
  }, [queryClient, sandbox]);
}
