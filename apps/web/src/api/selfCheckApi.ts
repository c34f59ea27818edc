import { mutationOptions, queryOptions } from '@tanstack/react-query';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { selfCheckCookies } from './selfCheckCookies.ts';

/** How a ping went: this playground answered, another one did, or nothing did. */
export type SelfCheckPingResult =
  { kind: 'ours' } | { kind: 'foreign'; app: string } | { kind: 'unreachable' };

/**
 * Asks `origin` which playground answers there (`GET /self-check/ping`, readable by any page). A name
 * that resolves elsewhere fails to connect, or reaches another playground (a participant's own one on
 * `*.localhost`, say), which names a different app origin.
 */
export async function selfCheckPing(
  origin: string,
  appOrigin: string,
  timeoutMs = 8000,
): Promise<SelfCheckPingResult> {
  const nonce = crypto.randomUUID();
  try {
    const response = await fetch(`${origin}/self-check/ping?nonce=${nonce}`, {
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json()) as { nonce?: unknown; app?: unknown };
    if (body.nonce !== nonce) return { kind: 'unreachable' };
    return body.app === appOrigin ? { kind: 'ours' } : { kind: 'foreign', app: String(body.app) };
  } catch {
    // A network error, a timeout, an answer that is not the playground's (no CORS, not JSON).
    return { kind: 'unreachable' };
  }
}

/** The setup check's reads, beside `controlQueries`: never cached, since each one is a fresh look. */
export const selfCheckQueries = {
  ping: (origin: string, appOrigin: string) =>
    queryOptions({
      queryKey: ['self-check', 'ping', origin, appOrigin],
      queryFn: () => selfCheckPing(origin, appOrigin),
      staleTime: 0,
      gcTime: 0,
      retry: false,
      refetchOnWindowFocus: false,
    }),
};

export const selfCheckMutations = {
  /** The cookie check opens a pop-up, so it runs on a click, never by itself. */
  cookies: () =>
    mutationOptions({
      mutationKey: ['self-check', 'cookies'],
      mutationFn: (stage: PlaygroundConfig['stage']) => selfCheckCookies(stage),
    }),
};
