import { useEffect, useState } from 'react';
import type { LabEvent } from '@cors-playground/protocol';
import { useSend } from '../send/useSend.ts';
import { preflightCacheStatus } from './preflightCacheStatus.ts';
import type { SendRecord } from '@cors-playground/client';

/**
 * Shown when a preflight was needed but none reached the server: the browser answered it from its
 * preflight cache, so a policy edit since then is not seen until the entry expires.
 */
export function PreflightCacheNote({
  record,
  events,
  history,
}: {
  record: SendRecord;
  events: readonly LabEvent[];
  history: readonly LabEvent[];
}) {
  const send = useSend();
  const [now, setNow] = useState(() => Date.now());
  const trace = record.trace;
  const needed = trace?.preflight.needed ?? false;
  const cameFromCache = needed && record.complete && !events.some((e) => e.kind === 'preflight');
  useEffect(() => {
    if (!cameFromCache) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [cameFromCache]);
  if (!cameFromCache || !trace) return null;
  const status = preflightCacheStatus(history, record.labUrl, record.browser, now);
  const uncached = record.traceUncached;
  return (
    <aside
      className="preflight-cache-note"
      data-testid="preflight-cache-note"
      aria-labelledby="preflight-cache-title"
    >
      <h4 id="preflight-cache-title">The browser used a cached preflight</h4>
      <p>
        This request needs a preflight (
        {trace.preflight.acrm ? `method ${trace.preflight.acrm}` : 'its method'}
        {trace.preflight.acrh ? `, headers ${trace.preflight.acrh}` : ''}), but no OPTIONS request reached the
        server: the browser reused the answer of an earlier preflight for the same URL, origin and credentials
        mode. Until that entry expires, policy edits to methods and headers are not asked about.
      </p>
      {status ? (
        <p data-testid="preflight-cache-remaining" data-remaining={status.remaining}>
          Cached {Math.round((now - status.seenAt) / 1000)} s ago with{' '}
          {status.header === null ? (
            'no Access-Control-Max-Age (browser default)'
          ) : (
            <code>Access-Control-Max-Age: {status.header}</code>
          )}{' '}
          → the browser keeps it {status.maxAge} s; about <strong>{status.remaining} s</strong> left.
        </p>
      ) : (
        <p data-testid="preflight-cache-remaining">
          The preflight was cached before this page loaded, so its remaining max-age is unknown here (at most
          2 h in Chromium, 24 h in Firefox, 10 min in Safari (WebKit)).
        </p>
      )}
      {uncached && uncached.ok !== trace.ok && (
        <p data-testid="preflight-cache-uncached">
          Without the cache the live policy would make this request {uncached.ok ? 'succeed' : 'fail'}.
        </p>
      )}
      <button
        type="button"
        data-testid="preflight-bypass"
        onClick={() => void send({ draft: record.draft, bust: true })}
      >
        Send again, bypassing the preflight cache
      </button>
      <p className="help">
        The cache is keyed by URL, so this sends the same request with a never-seen <code>_bust=…</code> query
        parameter: the browser has no entry for it and must preflight again against the live policy. (Sending
        with <code>cache: &apos;no-store&apos;</code> or <code>&apos;reload&apos;</code> also skips it.)
      </p>
    </aside>
  );
}
