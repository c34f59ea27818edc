import type { LabEvent } from '@cors-playground/protocol';
import { jsViewUnreadable, type SendRecord } from '@cors-playground/client';

/** What JavaScript saw: the promise's fate, and what the response let it read. */
export function JsViewPanel({ record, events }: { record: SendRecord; events: readonly LabEvent[] }) {
  const js = record.js;
  if (!js) return <p aria-busy="true">Waiting for fetch()…</p>;
  const unreadable = jsViewUnreadable(js, events);
  return (
    <div data-testid="send-result" data-ok={String(js.ok)} data-count={record.id} className="js-view">
      {js.ok && (js.status ?? 0) >= 400 ? (
        <p data-testid="send-outcome" className="result warn">
          Resolved, but refused: {js.status} ({js.type}) — fetch() resolved and the script can read it, but
          response.ok is false.
        </p>
      ) : js.ok ? (
        <p data-testid="send-outcome" className="result ok">
          Succeeded: {js.status} ({js.type}){js.redirected ? `, redirected to ${js.url}` : ''}
        </p>
      ) : (
        <p data-testid="send-outcome" className="result failed">
          Failed: <code data-testid="send-error">{js.error}</code> — JavaScript gets no status, headers or
          body. The reason is only in the browser console (see Why).
        </p>
      )}
      {js.ok && (
        <>
          <h4>Readable headers</h4>
          {js.headers.length === 0 ? (
            <p className="help">None.</p>
          ) : (
            <ul className="header-list">
              {js.headers.map(([name, value]) => (
                <li key={name} data-testid="js-header">
                  <code>
                    {name}: {value}
                  </code>
                </li>
              ))}
            </ul>
          )}
          {js.body !== null && (
            <>
              <h4>Body</h4>
              <pre data-testid="send-body">{js.body}</pre>
            </>
          )}
          {js.type === 'opaque' && (
            <p className="help">Opaque: status 0, no headers, no body — even though the server answered.</p>
          )}
        </>
      )}
      {unreadable.length > 0 && (
        <>
          <h4>Sent by the server, hidden from JavaScript</h4>
          <ul className="header-list hidden-headers">
            {unreadable.map(([name, value]) => (
              <li key={name} data-testid="js-unreadable-header" data-name={name}>
                <code>
                  {name}: {value}
                </code>
              </li>
            ))}
          </ul>
          <p className="help">
            {js.ok
              ? 'The script may read only a few plain headers (Content-Type and the like, the "CORS-safelisted" ones) plus those the server names in Access-Control-Expose-Headers; Set-Cookie never.'
              : 'The response arrived, but the CORS check failed, so the browser gave JavaScript nothing.'}
          </p>
        </>
      )}
    </div>
  );
}
