import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Playground } from '../start/playgroundStart.ts';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';

const pageOrigin = 'http://page.test';

async function reflecting(): Promise<Playground> {
  const playground = await playgroundTesting({ labBodyBytes: 64 * 1024 });
  const response = await fetch(`${playground.config.appOrigin}/control/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ origin: { mode: 'reflect' } }),
  });
  expect(response.status).toBe(200);
  return playground;
}

function lastEvent(playground: Playground) {
  const stored = playground.store.sandboxDefault.eventsSince(0).at(-1);
  return stored ? JSON.parse(stored.data) : undefined;
}

/** No stack trace and no file path may reach a client. */
function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat \S+ \(|node_modules|\/src\/|\.ts:\d+/);
}

describe('abuse: lab API bodies it cannot read', () => {
  const cases = [
    {
      name: 'a body over the limit',
      status: 413,
      headers: {} as Record<string, string>,
      body: () => 'x'.repeat(65 * 1024),
      text: 'too large',
    },
    {
      name: 'corrupt gzip',
      status: 400,
      headers: { 'content-encoding': 'gzip' },
      body: () => 'certainly not gzip',
      text: 'could not be read',
    },
    {
      name: 'an unknown Content-Encoding',
      status: 415,
      headers: { 'content-encoding': 'snappy' },
      body: () => 'x',
      text: 'Unsupported Content-Encoding "snappy"',
    },
  ];
  for (const { name, status, headers, body, text } of cases) {
    it(`answers ${name} with ${status}, CORS headers per policy, and logs it`, async () => {
      const playground = await reflecting();
      const response = await fetch(`${playground.config.apiOrigin}/echo`, {
        method: 'POST',
        headers: { origin: pageOrigin, 'content-type': 'text/plain', ...headers },
        body: body(),
      });
      expect(response.status).toBe(status);
      expect(response.headers.get('access-control-allow-origin')).toBe(pageOrigin);
      const answer = await response.text();
      expect(answer).toContain(text);
      expectNoInternals(answer);
      expect(lastEvent(playground)).toMatchObject({ method: 'POST', status, origin: pageOrigin });
      expect(lastEvent(playground).notes[0]).toContain('could not read the request body');
    });
  }

  it('still reads a good gzip body', async () => {
    const playground = await reflecting();
    const response = await fetch(`${playground.config.apiOrigin}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' },
      body: gzipSync('hello'),
    });
    expect(await response.json()).toMatchObject({ body: 'hello' });
  });
});

describe('abuse: requests Node’s parser refuses', () => {
  it('answers oversized headers with 431, as Node does, and logs why', async () => {
    const playground = await reflecting();
    const url = new URL(playground.config.apiOrigin);
    const reply = await playgroundTestingRaw(
      playground.config.apiOrigin,
      `GET /data HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${pageOrigin}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 431 /);
    expect(reply).not.toContain('Access-Control-Allow-Origin');
    const event = lastEvent(playground);
    expect(event).toMatchObject({ method: 'GET', status: 431, origin: pageOrigin });
    expect(event.notes[0]).toContain('headers are larger than Node accepts');
    expect(event.notes[0]).not.toContain('method');
  });
});
