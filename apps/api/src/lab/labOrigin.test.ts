import { createServer, type RequestListener, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import express, { type Request } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyParse, type HeaderList, type ServerRequest } from '@cors-playground/engine';
import { SandboxStore } from '../sandbox/sandboxStore.ts';
import { playgroundLimitsDefault } from '../shared/playgroundLimits.ts';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';
import { labOrigin } from './labOrigin.ts';
import { labRespond } from '../shared/labRespond.ts';

const origin = 'http://localhost:4000';
const policy = policyParse({
  origin: { mode: 'list', allow: ['http://localhost:5173'] },
  credentials: true,
  exposeHeaders: ['x-request-id'],
});
if (!policy.ok) throw new Error('bad test policy');

/** The lab origin as it was when it ran on Express: the plain handler must answer byte for byte alike. */
function labOriginExpress(store: SandboxStore): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  app.use(express.text({ type: () => true, limit: playgroundLimitsDefault.labBodyBytes }));
  app.use((req: Request, res) => {
    const { sandbox, path } = store.sandboxForPath(req.originalUrl);
    if (!sandbox) throw new Error('no sandbox');
    const headers: HeaderList = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      headers.push([req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '']);
    }
    const body = typeof req.body === 'string' && req.body.length > 0 ? req.body : null;
    const request: ServerRequest = { method: req.method, url: `${origin}${path}`, headers, body };
    const { response, event } = labRespond(sandbox.policy, request);
    sandbox.eventRecord(event);
    res.status(response.status);
    for (const [name, value] of response.headers) res.append(name, value);
    res.end(req.method === 'HEAD' ? undefined : (response.body ?? ''));
  });
  return app;
}

const stores: SandboxStore[] = [];
const servers: Server[] = [];
const urls: string[] = [];

beforeAll(async () => {
  for (const handler of [labOrigin, labOriginExpress]) {
    const store = new SandboxStore(
      () => (policy.ok ? policy.policy : ({} as never)),
      playgroundLimitsDefault,
    );
    const server = createServer(handler(store, origin, playgroundLimitsDefault.labBodyBytes));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stores.push(store);
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as { port: number }).port}`);
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

const app = 'Origin: http://localhost:5173\r\n';
const requests: Array<[string, string | Buffer]> = [
  ['simple GET', `GET /data HTTP/1.1\r\nHost: x\r\n${app}\r\n`],
  [
    'preflight',
    `OPTIONS /echo HTTP/1.1\r\nHost: x\r\n${app}Access-Control-Request-Method: PUT\r\n` +
      'Access-Control-Request-Headers: content-type,x-custom\r\n\r\n',
  ],
  ['refused origin', 'GET /headers HTTP/1.1\r\nHost: x\r\nOrigin: http://evil.test\r\n\r\n'],
  ['HEAD', `HEAD /data HTTP/1.1\r\nHost: x\r\n${app}\r\n`],
  ['cookie', `GET /login HTTP/1.1\r\nHost: x\r\n${app}\r\n`],
  ['redirect', `GET /redirect?to=/data&status=307 HTTP/1.1\r\nHost: x\r\n\r\n`],
  [
    'text body',
    `PUT /echo HTTP/1.1\r\nHost: x\r\n${app}Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`,
  ],
  [
    'gzip body',
    Buffer.concat([
      Buffer.from(
        'POST /echo HTTP/1.1\r\nConnection: close\r\nHost: x\r\nContent-Encoding: gzip\r\n' +
          `Content-Length: ${gzipSync('hello').length}\r\n\r\n`,
      ),
      gzipSync('hello'),
    ]),
  ],
  ['empty body', `POST /data HTTP/1.1\r\nHost: x\r\n${app}Content-Length: 0\r\n\r\n`],
  ['unknown route', `DELETE /nope HTTP/1.1\r\nHost: x\r\n\r\n`],
];

/** The response minus its Date, which differs by the clock alone. */
function labComparable(reply: string): string {
  return reply.replace(/^Date: .*\r\n/m, '');
}

describe('labOrigin', () => {
  for (const [name, text] of requests) {
    it(`answers ${name} exactly as the Express version did, and logs the same event`, async () => {
      const replies = await Promise.all(
        urls.map((url) =>
          playgroundTestingRaw(
            url,
            Buffer.isBuffer(text) ? text : text.replace('Host: x', 'Connection: close\r\nHost: x'),
            2000,
          ),
        ),
      );
      expect(labComparable(replies[0] ?? '')).toBe(labComparable(replies[1] ?? ''));
      expect(replies[0]).toMatch(/^HTTP\/1\.1 \d{3} /);
      const [ours, theirs] = stores.map((store) => {
        const event = JSON.parse(store.sandboxDefault.eventsSince(0).at(-1)?.data ?? '{}');
        return { ...event, id: 0, time: 0 };
      });
      expect(ours).toEqual(theirs);
    });
  }
});

describe('labOrigin in a running playground', () => {
  it('sends Cache-Control: no-store, so a policy edit is never hidden by the HTTP cache', async () => {
    const { config } = await playgroundTesting();
    const response = await fetch(`${config.apiOrigin}/data`, { headers: { origin: config.appOrigin } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
