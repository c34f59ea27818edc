import type { HeaderList } from '@cors-playground/engine';
import type { RequestDraftInit } from './requestDraft.ts';
import type { SendClock, SendFetch } from './sendPorts.ts';

/** What JavaScript saw for one real fetch from the app origin. */
export interface JsView {
  /** Whether the promise resolved. */
  ok: boolean;
  /** `String(error)` when it rejected: the real TypeError. */
  error: string | null;
  status: number | null;
  type: string | null;
  redirected: boolean;
  /** `response.url`: where a followed redirect ended. */
  url: string | null;
  /** Every header JavaScript could read (what `response.headers` iterates). */
  headers: HeaderList;
  /** The body text, or null when unreadable (rejected, opaque). */
  body: string | null;
  /** From calling fetch() to having the body, in milliseconds. */
  durationMs: number;
}

/** Bodies are shown, not stored: keep a send record small. */
const jsViewBodyMax = 4000;

/** A real fetch from the page: the browser, not us, decides what JavaScript may see. */
export async function jsViewRead(
  fetch: SendFetch,
  clock: SendClock,
  url: string,
  init: RequestDraftInit,
): Promise<JsView> {
  const started = clock.monotonic();
  try {
    const response = await fetch(url, init);
    const readable = response.type !== 'opaque' && response.type !== 'opaqueredirect';
    const text = readable ? await response.text() : null;
    return {
      ok: true,
      error: null,
      status: response.status,
      type: response.type,
      redirected: response.redirected,
      url: response.url || null,
      headers: [...response.headers],
      body: text === null ? null : text.length > jsViewBodyMax ? `${text.slice(0, jsViewBodyMax)}…` : text,
      durationMs: clock.monotonic() - started,
    };
  } catch (error) {
    return jsViewRejected(String(error), clock.monotonic() - started);
  }
}

/** What JavaScript saw when fetch() rejected with `error` (as `String(error)` prints it). */
export function jsViewRejected(error: string, durationMs: number): JsView {
  return {
    ok: false,
    error,
    status: null,
    type: null,
    redirected: false,
    url: null,
    headers: [],
    body: null,
    durationMs,
  };
}
