import type { QueryClient } from '@tanstack/react-query';
import type { SendPorts } from '@cors-playground/client';
import type { LabEvent } from '@cors-playground/protocol';
import { controlSendClose, controlSendOpen } from '../../api/sendControlApi.ts';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { browserDetectPage } from './browserDetect.ts';
import { engineLoad, engineTabPreflightCache } from './engineLoad.ts';

/** A send token: 16 random bytes, base64url (`crypto.randomUUID` needs a secure context; a LAN workshop is not). */
function sendPortsToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * The client core's ports in this tab: the page's fetch, the control plane and the event stream through
 * React Query (config and live events are server data), the app's zustand store, the lazily loaded engine.
 */
export function sendPortsBrowser(queryClient: QueryClient): SendPorts {
  return {
    fetch: (url, init) => fetch(url, init),
    control: {
      config: () => queryClient.ensureQueryData(controlQueries.config()),
      policy: (sandbox) => queryClient.fetchQuery({ ...controlQueries.policy(sandbox), staleTime: 0 }),
      sendOpen: controlSendOpen,
      sendClose: controlSendClose,
    },
    events: {
      subscribe: (sandbox, listener) => {
        const { queryKey } = controlQueries.events(sandbox);
        const current = () => queryClient.getQueryData<LabEvent[]>(queryKey) ?? [];
        let last = current();
        listener(last);
        return queryClient.getQueryCache().subscribe(() => {
          const events = current();
          if (events === last) return;
          last = events;
          listener(events);
        });
      },
    },
    store: usePlaygroundStore,
    engine: { load: engineLoad, preflightCache: engineTabPreflightCache },
    clock: {
      now: () => Date.now(),
      monotonic: () => performance.now(),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    },
    page: { origin: window.location.origin, browser: browserDetectPage(), token: sendPortsToken },
  };
}
