import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundStart } from './playgroundStart.ts';
import { playgroundTesting, playgroundTestingRaw } from './playgroundTesting.testkit.ts';
import { freePort } from './freePort.testkit.ts';

const blockers: Server[] = [];

afterEach(async () => {
  await Promise.all(blockers.splice(0).map((b) => new Promise((resolve) => b.close(resolve))));
});

const start = () => playgroundTesting();

const put = (url: string, body: unknown) =>
  fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('playgroundStart', () => {
  it('applies a policy edit to the very next request', async () => {
    const { config } = await start();
    const evil = config.crossSiteOrigin;
    const ask = () => fetch(`${config.apiOrigin}/data`, { headers: { origin: evil } });
    expect((await ask()).headers.get('access-control-allow-origin')).toBeNull();
    expect((await put(`${config.appOrigin}/control/policy`, { origin: { mode: 'reflect' } })).status).toBe(
      200,
    );
    expect((await ask()).headers.get('access-control-allow-origin')).toBe(evil);
    expect(
      (await put(`${config.appOrigin}/control/policy`, { origin: { mode: 'list', allow: [] } })).status,
    ).toBe(200);
    expect((await ask()).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps policies and events apart per sandbox', async () => {
    const { config } = await start();
    expect(
      (await put(`${config.appOrigin}/control/sandboxes/s1/policy`, { origin: { mode: 'any' } })).status,
    ).toBe(200);
    const inS1 = await fetch(`${config.apiOrigin}/s/s1/data`, { headers: { origin: 'http://x.test' } });
    const inDefault = await fetch(`${config.apiOrigin}/data`, { headers: { origin: 'http://x.test' } });
    expect(inS1.headers.get('access-control-allow-origin')).toBe('*');
    expect(inDefault.headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${config.apiOrigin}/s/unknown/data`)).status).toBe(404);
    expect((await fetch(`${config.appOrigin}/control/sandboxes/bad%20id/policy`)).status).toBe(400);
  });

  it('streams every request the API received, with the response it sent, preflights included', async () => {
    const { config } = await start();
    const controller = new AbortController();
    const stream = await fetch(`${config.appOrigin}/control/events`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    await fetch(`${config.apiOrigin}/data`, {
      method: 'OPTIONS',
      headers: { origin: config.appOrigin, 'access-control-request-method': 'PUT' },
    });
    await fetch(`${config.apiOrigin}/data`, {
      method: 'PUT',
      headers: { origin: config.appOrigin },
      body: 'x',
    });
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while ((text.match(/^data: /gm) ?? []).length < 2) text += (await reader.read()).value ?? '';
    controller.abort();
    const events = [...text.matchAll(/^data: (.*)$/gm)].map((m) => JSON.parse(m[1] ?? '{}'));
    expect(events.map((e) => [e.kind, e.method, e.status])).toEqual([
      ['preflight', 'OPTIONS', 204],
      ['actual', 'PUT', 200],
    ]);
    expect(events[0].origin).toBe(config.appOrigin);
    expect(events[0].responseHeaders).toContainEqual(['Access-Control-Allow-Origin', config.appOrigin]);
  });

  it('turns a busy port into a one-line error naming the flag', async () => {
    const blocker = createServer();
    blockers.push(blocker);
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as { port: number }).port;
    const options = playgroundOptionsParse(
      ['--api-port', `${busy}`, '--app-port', `${await freePort()}`],
      {},
    );
    await expect(playgroundStart(options, 'none')).rejects.toThrow(
      `Port ${busy} is already in use: choose another with --api-port <port>.`,
    );
  });
});

describe('the lab API and Node’s HTTP parser', () => {
  it('answers a lower-case method with a bare 400, as Node does, and still logs it', async () => {
    const { config, store } = await start();
    const url = new URL(config.apiOrigin);
    // A raw socket: Node's own client would upper-case the method, browsers don't.
    const reply = await playgroundTestingRaw(
      config.apiOrigin,
      `patch /echo HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${config.appOrigin}\r\n\r\n`,
    );
    expect(reply).not.toContain('Access-Control-Allow-Origin');
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    const events = store.sandboxDefault.eventsSince(0).map((event) => JSON.parse(event.data));
    expect(events.at(-1)).toMatchObject({ method: 'patch', status: 400, origin: config.appOrigin });
    expect(events.at(-1)?.notes[0]).toContain('parser');
  });
});
