import type { BrowserName, HeaderList, Policy, Trace } from '@cors-playground/engine';
import { sandboxLabPathParse, type LabEvent } from '@cors-playground/protocol';
import type { RequestDraft } from '../../store/requestSlice.ts';

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

/** One Send: the request, the prediction, what JavaScript saw and what the server saw. */
export interface SendRecord {
  /** 1, 2, 3… per tab. */
  id: number;
  draft: RequestDraft;
  /** The absolute URL fetched (sandbox prefix and any cache-busting parameter included). */
  url: string;
  /** The cache-busting query parameter added to bypass the preflight cache, if any. */
  bust: string | null;
  /** The Cookie header the prediction assumed the browser sends the API (credentialed requests). */
  cookie: string | null;
  /** The live policy the prediction used. */
  policy: Policy | null;
  browser: BrowserName;
  pageOrigin: string;
  /** Epoch milliseconds when Send was clicked. */
  startedAt: number;
  /** Server events with a larger id than this belong to this send (one sandbox per tab). */
  eventIdFrom: number;
  /** The engine's prediction with this tab's preflight cache. */
  trace: Trace | null;
  /** The prediction with an empty preflight cache, when the cache changed the outcome. */
  traceUncached: Trace | null;
  js: JsView | null;
  /** What the server saw; frozen when the next send starts (live until then). */
  events: LabEvent[] | null;
  /** All three views have their data (JS result, server events settled, trace). */
  complete: boolean;
}

/** The server events of a send, from the live stream: after its start, before the next send's. */
export function sendRecordEvents(
  record: SendRecord,
  events: readonly LabEvent[],
  nextFrom: number | null,
): LabEvent[] {
  if (record.events) return record.events;
  return events.filter((e) => e.id > record.eventIdFrom && (nextFrom === null || e.id <= nextFrom));
}

/** The lab API's view of a URL: the `/s/<sandbox>` prefix is how we address a sandbox, not the route. */
export function sendRecordLabUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = sandboxLabPathParse(parsed.pathname).path;
  return parsed.href;
}

/** Header value lookup, case-insensitive. */
export function sendRecordHeader(headers: HeaderList, name: string): string | null {
  const lower = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  return values.length > 0 ? values.join(', ') : null;
}
