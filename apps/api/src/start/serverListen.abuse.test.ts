import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { playgroundTesting, playgroundTestingRaw } from './playgroundTesting.testkit.ts';

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
    const sockets = await Promise.all(
      [1, 2, 3].map(
        () =>
          new Promise<ReturnType<typeof connect>>((resolve) => {
            const socket = connect(Number(url.port), '127.0.0.1', () => resolve(socket));
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
});
