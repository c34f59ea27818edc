import { useQuery } from '@tanstack/react-query';
import { headerListGet } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';

/** The cookie names a request carried (never their values), or a plain "no cookie". */
function victimServerCookies(event: LabEvent): string {
  const header = headerListGet(event.requestHeaders, 'cookie');
  if (!header) return 'no cookie';
  return `cookies: ${header
    .split(';')
    .map((part) => part.trim().split('=')[0])
    .join(', ')}`;
}

/** What the victim's API received, live: from which origin, with which cookies, and what it allowed. */
export function VictimServerLog({ victimApi }: { victimApi: string }) {
  const sandbox = useSandbox();
  const events = (useQuery(controlQueries.events(sandbox)).data ?? []).filter((event) =>
    event.url.startsWith(victimApi),
  );
  return (
    <section className="panel" aria-labelledby="victim-log-title">
      <h3 id="victim-log-title">What the victim&apos;s API saw</h3>
      {events.length === 0 ? (
        <p className="muted">No requests yet.</p>
      ) : (
        <ol className="events" aria-label="Victim API requests">
          {events
            .slice(-15)
            .reverse()
            .map((event) => (
              <li key={event.id}>
                <code>
                  {event.method} {new URL(event.url).pathname.replace(/^\/s\/[^/]+/, '')}
                </code>{' '}
                {headerListGet(event.requestHeaders, 'via') ? 'via the CDN ' : ''}from{' '}
                <code>{event.origin ?? '(no Origin)'}</code>, {victimServerCookies(event)} → {event.status}
                {event.kind === 'preflight' ? ' (preflight)' : ''}; Access-Control-Allow-Origin:{' '}
                <code>{headerListGet(event.responseHeaders, 'access-control-allow-origin') ?? 'none'}</code>
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
