import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { idleSockets, idleSocketsClosed } from './idleSockets.testkit.ts';
import { playgroundTesting, playgroundTestingRaw } from './playgroundTesting.testkit.ts';

/** One request on a socket of its own from `from`: the first line of the answer, or '' if refused. */
function askFrom(port: number, from: string, socket?: Socket): Promise<string> {
  return new Promise((resolve) => {
    const conn = socket ?? connect({ port, host: '127.0.0.1', localAddress: from });
    let received = '';
    const send = () =>
      conn.write('GET /self-check/ping?nonce=a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    if (socket) send();
    else conn.once('connect', send);
    conn.on('data', (chunk) => (received += chunk.toString('latin1')));
    conn.on('error', () => {});
    conn.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
  });
}

describe('abuse: slow clients and many connections', () => {
  it('cuts off a request body that trickles in, with 408, and logs it', async () => {
    const playground = await playgroundTesting({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const url = new URL(playground.config.apiOrigin);
    const started = Date.now();
    const reply = await playgroundTestingRaw(
      playground.config.apiOrigin,
      `POST /echo HTTP/1.1\r\nHost: ${url.host}\r\nContent-Length: 1000\r\n\r\nonly a little`,
      5000,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    const events = playground.store.sandboxDefault.eventsSince(0);
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.data ?? '{}')).toMatchObject({ method: 'POST', status: 408 });
  });

  it('cuts off headers that never finish on every origin', async () => {
    const { config } = await playgroundTesting({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    for (const origin of [config.appOrigin, config.apiOrigin, config.otherOrigin]) {
      const started = Date.now();
      await playgroundTestingRaw(origin, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: 1', 5000);
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });

  it('closes connections over the per-origin cap at once', async () => {
    const { config } = await playgroundTesting({ connectionsPerOrigin: 3 });
    const url = new URL(config.apiOrigin);
    // Three clients, one connection each (one address may hold at most half of an origin's).
    const sockets = await Promise.all(
      ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map(
        (localAddress) =>
          new Promise<ReturnType<typeof connect>>((resolve) => {
            const socket = connect({ port: Number(url.port), host: '127.0.0.1', localAddress }, () =>
              resolve(socket),
            );
          }),
      ),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = Date.now();
      const reply = await playgroundTestingRaw(
        config.apiOrigin,
        `GET /data HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`,
        3000,
      );
      expect(reply).toBe('');
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it('keeps one address from filling an origin: another address is still served on every origin', async () => {
    const cap = 5;
    const extra = 10;
    const { config } = await playgroundTesting({ connectionsPerOrigin: 12 }, [
      '--connections-per-address',
      `${cap}`,
    ]);
    for (const origin of [config.appOrigin, config.apiOrigin, config.otherOrigin, config.stage.victimApi]) {
      const port = Number(new URL(origin).port);
      const hog = idleSockets(port, '127.0.0.2', cap + extra);
      try {
        // Without a per-address cap, the origin's cap (12) would close only 3 and keep 12.
        await idleSocketsClosed(hog, extra);
        const kept = hog.filter(({ isClosed }) => !isClosed());
        expect(kept).toHaveLength(cap);
        // The connections it kept are real ones: each still gets an answer.
        for (const { socket } of kept)
          expect(await askFrom(port, '127.0.0.2', socket)).toMatch(/^HTTP\/1\.1 \d{3}/);
        const replies = await Promise.all(Array.from({ length: 20 }, () => askFrom(port, '127.0.0.3')));
        expect(replies.filter((reply) => /^HTTP\/1\.1 \d{3}/.test(reply))).toHaveLength(20);
      } finally {
        for (const { socket } of hog) socket.destroy();
      }
    }
  });
});
