import type { AddressInfo } from 'node:net';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosisRemedy } from '@cors-playground/engine';
import { diagnosisLiveCheck, diagnosisLiveExchanges, diagnosisLivePage } from './diagnosisLive.testkit.ts';

/**
 * The shapes as Fastify 5 with the real @fastify/cors produces them: a handler that writes reply.raw
 * past the plugin's headers, and a header sent under a name one letter off.
 */
let app: FastifyInstance;
let base = '';
beforeAll(async () => {
  app = Fastify();
  await app.register(fastifyCors, { origin: diagnosisLivePage, methods: ['GET', 'PUT'] });
  // Streams its own error page on the raw response: the headers @fastify/cors set on reply never go out.
  app.put('/raw', (_req, reply) => {
    reply.hijack();
    reply.raw.writeHead(500, { 'content-type': 'text/plain' });
    reply.raw.end('crashed');
  });
  app.get('/typo', (_req, reply) => {
    void reply.header('X-Total-Count', '42').header('Access-Control-Expose-Header', 'X-Total-Count').send([]);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(() => app.close());

describe('diagnosis on Fastify 5 + @fastify/cors (live)', () => {
  it.each(['chromium', 'firefox'] as const)(
    'a handler writing reply.raw loses the CORS headers: the fastify remedy, in %s',
    async (browser) => {
      const r = await diagnosisLiveCheck({ url: `${base}/raw`, method: 'PUT' }, 'fastify', { browser });
      expect(diagnosisLiveExchanges(r)).toEqual([
        ['preflight', 204],
        ['actual', 500],
      ]);
      const [first] = r.diagnoses;
      expect(first).toMatchObject({ id: 'error-without-cors', party: 'framework' });
      expect(diagnosisRemedy(first!, 'fastify')).toContain('reply.raw');
    },
  );

  it('Access-Control-Expose-Header (no s) is flagged, and the header stays unreadable', async () => {
    const r = await diagnosisLiveCheck({ url: `${base}/typo` }, 'fastify', {
      readHeaders: ['X-Total-Count'],
    });
    expect([r.allowed, r.readable]).toEqual([true, false]);
    expect(r.diagnoses.map((d) => d.id)).toEqual(['header-typo', 'read-header-hidden']);
    expect(r.diagnoses[0]?.title).toBe('access-control-expose-header is not Access-Control-Expose-Headers');
  });
});
