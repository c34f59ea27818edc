import { headerListGet, preflightResultMaxAge, type BrowserName } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';

/** What this tab knows of the browser's preflight cache entry for one URL. */
export interface PreflightCacheStatus {
  /** When the last successful preflight for the URL reached the server (epoch ms). */
  seenAt: number;
  /** Its `Access-Control-Max-Age` header, or null when the server sent none. */
  header: string | null;
  /** Seconds the browser caches it (its default when absent, capped at its maximum). */
  maxAge: number;
  /** Seconds left at `now` (0 when expired). */
  remaining: number;
}

/**
 * The browser's preflight cache is invisible to the page, so we track it from what the server saw: the
 * last preflight for this URL that was followed by the actual request (i.e. the browser accepted it),
 * read with the browser's own default and cap.
 */
export function preflightCacheStatus(
  events: readonly LabEvent[],
  /** The URL as the lab API's routes see it (a send record's `labUrl`), as its events name it. */
  labUrl: string,
  browser: BrowserName,
  now: number,
): PreflightCacheStatus | null {
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (!event || event.kind !== 'preflight' || event.url !== labUrl) continue;
    const accepted = events
      .slice(i + 1)
      .some(
        (e) =>
          e.kind === 'actual' &&
          e.url === labUrl &&
          e.method === headerListGet(event.requestHeaders, 'access-control-request-method'),
      );
    if (!accepted) continue;
    const header = headerListGet(event.responseHeaders, 'access-control-max-age');
    const maxAge = preflightResultMaxAge(header, browser);
    // Clamped: the server's clock stamped the event, and it may run a few milliseconds ahead of ours.
    const remaining = Math.min(maxAge, Math.max(0, Math.round(maxAge - (now - event.time) / 1000)));
    return { seenAt: event.time, header, maxAge, remaining };
  }
  return null;
}
