import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { serverEventSummary } from './serverEventSummary.ts';

const readableTexts = {
  yes: 'readable by the page: yes',
  no: 'readable by the page: no',
  'not-cors': 'no Origin: not a cross-origin fetch',
  preflight: 'preflight: for the browser, never shown to the page',
} as const;

/**
 * Everything the lab API received in this sandbox, live: a blocked request still shows up here. Newest
 * first and numbered by event, like the history.
 */
export function ServerEvents() {
  const sandbox = useSandbox();
  const events = useQuery(controlQueries.events(sandbox)).data ?? [];
  return (
    <section className="panel" aria-labelledby="server-events-title">
      <h2 id="server-events-title">Server log (every request, live, newest first)</h2>
      {events.length === 0 ? (
        <p>No requests yet.</p>
      ) : (
        <ol data-testid="server-events" className="events">
          {events
            .slice(-20)
            .reverse()
            .map((event) => {
              const summary = serverEventSummary(event);
              return (
                <li key={event.id} data-testid="server-event" data-kind={event.kind} value={event.id}>
                  <code>
                    {event.method} {new URL(event.url).pathname}
                  </code>{' '}
                  from <code>{event.origin ?? '(no Origin)'}</code> → {event.status}
                  {event.kind === 'preflight' ? ' (preflight)' : ''}
                  <br />
                  <span className="help">
                    <span data-testid="server-event-cookie">cookie: {summary.cookie ? 'yes' : 'no'}</span>
                    {' · '}
                    <span data-testid="server-event-cors">
                      CORS headers: {summary.corsHeaders.length > 0 ? summary.corsHeaders.join(', ') : 'none'}
                    </span>
                    {' · '}
                    <span data-testid="server-event-readable" data-readable={summary.readable}>
                      {readableTexts[summary.readable]}
                      {summary.why ? ` (${summary.why})` : ''}
                    </span>
                  </span>
                </li>
              );
            })}
        </ol>
      )}
    </section>
  );
}
