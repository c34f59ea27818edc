import type { LabEvent } from '@cors-playground/protocol';
import { headerListGet } from '@cors-playground/engine';

const serverViewRequestHeaders = [
  'access-control-request-method',
  'access-control-request-headers',
  'cookie',
  'content-type',
];

/** What the server saw: every request of this send that reached the API, streamed live. */
export function ServerViewPanel({ events, settled }: { events: readonly LabEvent[]; settled: boolean }) {
  if (events.length === 0) {
    return (
      <p data-testid="server-view-empty">
        {settled ? 'No request reached the server.' : 'Waiting for the server…'}
      </p>
    );
  }
  return (
    <ol className="server-view">
      {events.map((event) => {
        const path = new URL(event.url).pathname + new URL(event.url).search;
        return (
          <li
            key={event.id}
            data-testid="send-server-event"
            data-kind={event.kind}
            data-method={event.method}
            data-status={event.status}
          >
            <p>
              <strong>{event.kind === 'preflight' ? 'Preflight' : 'Request'}</strong>{' '}
              <code>
                {event.method} {path}
              </code>{' '}
              → <strong>{event.status}</strong>
            </p>
            <dl className="header-dl">
              <dt>Origin</dt>
              <dd>
                <code>{event.origin ?? '(none)'}</code>
              </dd>
              {serverViewRequestHeaders.map((name) => {
                const value = headerListGet(event.requestHeaders, name);
                return value === null ? null : (
                  <div key={name}>
                    <dt>{name}</dt>
                    <dd>
                      <code>{value}</code>
                    </dd>
                  </div>
                );
              })}
            </dl>
            <details>
              <summary>Response headers sent ({event.responseHeaders.length})</summary>
              <ul className="header-list">
                {event.responseHeaders.map(([name, value], index) => (
                  <li key={index} data-testid="server-response-header">
                    <code>
                      {name}: {value}
                    </code>
                  </li>
                ))}
              </ul>
            </details>
            {event.notes.length > 0 && (
              <ul className="help">
                {event.notes.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
