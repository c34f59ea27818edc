import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosisRemedy } from '@cors-playground/engine';
import { nginxServerMissing, nginxServerStart, type NginxServer } from '../verified/nginxServer.testkit.ts';
import { diagnosisLiveCheck, diagnosisLiveExchanges, diagnosisLivePage } from './diagnosisLive.testkit.ts';

/**
 * The shapes as a hand-written nginx configuration produces them (the stub app behind it answers 500
 * under /error): add_header without `always` on an error, a misspelled header name, and a redirect
 * that answers the preflight.
 */
const missing = nginxServerMissing('nginx diagnosis shapes');

const conf = `# server { } context
location / {
    if ($request_method = OPTIONS) {
        add_header Access-Control-Allow-Origin "${diagnosisLivePage}";
        add_header Access-Control-Allow-Methods "GET, PUT, DELETE";
        return 204;
    }
    add_header Access-Control-Allow-Origin "${diagnosisLivePage}";
    add_header Access-Control-Expose-Header "X-Total-Count";
    proxy_pass http://app;
}
location = /items { return 301 /items/; }
`;

describe.skipIf(missing !== null)(
  `diagnosis on nginx (live)${missing ? ` (skipped: ${missing})` : ''}`,
  () => {
    let server: NginxServer;
    const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
    beforeAll(async () => {
      server = await nginxServerStart(conf);
    }, 30_000);
    afterAll(() => server?.close());

    it.each(['chromium', 'firefox'] as const)(
      'add_header without always: the 500 has no CORS headers, and the remedy says always, in %s',
      async (browser) => {
        const r = await diagnosisLiveCheck({ url: url('/error'), method: 'PUT' }, 'nginx', { browser });
        expect(diagnosisLiveExchanges(r)).toEqual([
          ['preflight', 204],
          ['actual', 500],
        ]);
        const [first] = r.diagnoses;
        expect(first).toMatchObject({ id: 'error-without-cors', party: 'framework' });
        expect(diagnosisRemedy(first!, 'nginx')).toContain('always');
      },
    );

    it('Access-Control-Expose-Header (no s) is flagged as a near miss', async () => {
      const r = await diagnosisLiveCheck({ url: url('/list') }, 'nginx');
      expect(r.allowed).toBe(true);
      expect(r.diagnoses).toEqual([
        expect.objectContaining({
          id: 'header-typo',
          party: 'server',
          title: expect.stringContaining('Access-Control-Expose-Headers'),
        }),
      ]);
    });

    it('return 301 to add a slash answers the preflight: call the final URL', async () => {
      const r = await diagnosisLiveCheck({ url: url('/items'), method: 'DELETE' }, 'nginx');
      expect(r.trace.exchanges[0]).toMatchObject({ kind: 'preflight', response: { status: 301 } });
      expect(r.diagnoses[0]).toMatchObject({ id: 'preflight-redirect', party: 'page' });
      expect(r.diagnoses[0]?.cause).toContain('a trailing slash: /items → /items/');
    });
  },
);
