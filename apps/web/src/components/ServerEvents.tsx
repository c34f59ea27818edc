import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../api/controlQueries.ts';
import { useSandbox } from '../api/SandboxProvider.tsx';

/** Everything the lab API received in this sandbox, live: a blocked request still shows up here. */
export function ServerEvents() {
  const sandbox = useSandbox();
  const events = useQuery(controlQueries.events(sandbox)).data ?? [];
  return (
    <section className="panel" aria-labelledby="server-events-title">
      <h2 id="server-events-title">Server log (every request, live)</h2>
      {events.length === 0 ? (
        <p>No requests yet.</p>
      ) : (
        <ol data-testid="server-events" className="events">
          {events
            .slice(-20)
            .reverse()
            .map((event) => (
              <li key={event.id} data-testid="server-event" data-kind={event.kind}>
                <code>
                  {event.method} {new URL(event.url).pathname}
                </code>{' '}
                from <code>{event.origin ?? '(no Origin)'}</code> → {event.status}
                {event.kind === 'preflight' ? ' (preflight)' : ''}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
