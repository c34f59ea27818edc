import type { RequestListener } from 'node:http';
import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { headerListGet, type HeaderList, type ServerResponse } from '@cors-playground/engine';
import {
  nginxServerMissing,
  nginxServerStart,
  nginxServerVersion,
  type NginxServer,
} from '../../apps/cli/src/verified/nginxServer.testkit.ts';
import { SharedCache } from '../../apps/api/src/stage/sharedCache.ts';

/**
 * The CDN's cache semantics, proven side by side with a real nginx `proxy_cache`: the same upstream,
 * the same requests, the same cache decisions and the same `Access-Control-Allow-Origin` served.
 */
const version = nginxServerVersion();
const missing = nginxServerMissing('nginx shared-cache equivalence');

const app = 'http://app.victim.localhost';
// nginx counts lifetimes in whole seconds: 1 s may lapse between two requests a millisecond apart.
const lifetimeSeconds = 2;

/** Test upstream: public rates allowed for the app only; `fixed` adds the missing `Vary: Origin`. */
function ratesUpstream(origin: string | null, ifNoneMatch: string | null, fixed: boolean): ServerResponse {
  const headers: HeaderList = [
    ['cache-control', `public, max-age=${lifetimeSeconds}`],
    ['etag', '"rates-1"'],
    ...(origin === app ? [['access-control-allow-origin', app] as [string, string]] : []),
    ...(fixed ? [['vary', 'Origin'] as [string, string]] : []),
  ];
  if (ifNoneMatch === '"rates-1"') return { status: 304, headers, body: '' };
  return { status: 200, headers: [...headers, ['content-type', 'application/json']], body: '{"EUR":0.92}' };
}

interface Seen {
  cache: string;
  allowOrigin: string | null;
}

/** The same story told to any cache: a visit from evil, the app, the fix upstream, expiry, more visits. */
async function story(ask: (origin: string) => Promise<Seen>, fix: () => void, expire: () => Promise<void>) {
  const seen: Seen[] = [await ask('http://evil.localhost'), await ask(app)];
  fix();
  await expire();
  for (const origin of [app, app, 'http://other.localhost']) seen.push(await ask(origin));
  return seen;
}

const expected: Seen[] = [
  { cache: 'MISS', allowOrigin: null },
  // No Vary: the app gets the answer stored for evil.
  { cache: 'HIT', allowOrigin: null },
  // The 304 trap: the fixed upstream's headers do not replace the stored ones...
  { cache: 'REVALIDATED', allowOrigin: null },
  { cache: 'HIT', allowOrigin: null },
  // ...though the 304's Vary is taken: another origin no longer shares the entry.
  { cache: 'MISS', allowOrigin: null },
];

describe.skipIf(missing !== null)(
  `SharedCache behaves as nginx ${version ?? `(skipped: ${missing})`}`,
  () => {
    let nginx: NginxServer | undefined;
    afterAll(async () => nginx?.close());

    it('serves, revalidates and varies like nginx proxy_cache with proxy_cache_revalidate on', async () => {
      let fixed = false;
      const upstream: RequestListener = (req, res) => {
        req.resume();
        const answer = ratesUpstream(req.headers.origin ?? null, req.headers['if-none-match'] ?? null, fixed);
        res.writeHead(answer.status, answer.headers.flat());
        res.end(answer.body);
      };
      nginx = await nginxServerStart(
        `proxy_cache_path cache keys_zone=cdn:1m;
# server { } context
        location / {
            proxy_pass http://app;
            proxy_cache cdn;
            proxy_cache_revalidate on;
            add_header X-Cache $upstream_cache_status always;
        }
`,
        upstream,
      );
      const port = nginx.port;
      const askNginx = (origin: string) =>
        new Promise<Seen>((resolve, reject) => {
          const req = httpRequest({ host: '127.0.0.1', port, path: '/rates', headers: { origin } }, (res) => {
            res.resume();
            res.on('end', () =>
              resolve({
                cache: String(res.headers['x-cache']),
                allowOrigin: (res.headers['access-control-allow-origin'] as string | undefined) ?? null,
              }),
            );
          });
          req.on('error', reject);
          req.end();
        });
      const viaNginx = await story(
        askNginx,
        () => (fixed = true),
        () => new Promise((resolve) => setTimeout(resolve, lifetimeSeconds * 1000 + 1200)),
      );

      let now = 0;
      let fixedOurs = false;
      const cache = new SharedCache(() => now);
      const askOurs = async (origin: string): Promise<Seen> => {
        const answer = cache.fetch(
          { method: 'GET', path: '/rates', headers: [['origin', origin]] },
          (request) => {
            const inm = headerListGet(request.headers, 'if-none-match');
            return ratesUpstream(origin, inm, fixedOurs);
          },
        );
        const allowOrigin = headerListGet(answer.headers, 'access-control-allow-origin');
        return { cache: answer.cacheStatus, allowOrigin };
      };
      const viaOurs = await story(
        askOurs,
        () => (fixedOurs = true),
        async () => {
          now += lifetimeSeconds * 1000 + 1200;
        },
      );

      expect(viaNginx).toEqual(expected);
      expect(viaOurs).toEqual(viaNginx);
    }, 20_000);
  },
);
