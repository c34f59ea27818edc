import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';
import type { Playground } from '../start/playgroundStart.ts';

/** A client that asks for the event stream and then never reads a byte of it. */
function eventStreamStalled(playground: Playground, path = '/control/events'): Promise<Socket> {
  const url = new URL(playground.config.appOrigin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);
      socket.once('data', () => {
        socket.pause();
        resolve(socket);
      });
    });
    socket.on('error', reject);
  });
}

function eventBig(playground: Playground, size: number) {
  return playground.store.sandboxDefault.eventRecord({
    kind: 'actual',
    method: 'GET',
    url: `${playground.config.apiOrigin}/data`,
    origin: null,
    requestHeaders: [['x-big', 'x'.repeat(size)]],
    status: 200,
    responseHeaders: [],
    notes: [],
  });
}

describe('abuse: event streams', () => {
  it('drops a client that stops reading once its backlog passes the limit', async () => {
    const playground = await playgroundTesting({
      streamBufferedBytes: 256 * 1024,
      eventValueBytes: 64 * 1024,
      eventBytesPerSandbox: 16 * 1024 * 1024,
      eventsPerSandbox: 100_000,
    });
    const stalled = await eventStreamStalled(playground);
    const closed = new Promise<void>((resolve) => stalled.once('close', () => resolve()));
    let dropped = false;
    void closed.then(() => (dropped = true));
    let written = 0;
    // Kernel buffers absorb a few MB first; the server must cut the client off after that.
    for (let round = 0; round < 400 && playground.streams.count > 0; round++) {
      for (let i = 0; i < 10; i++) eventBig(playground, 15_000);
      written += 10 * 15_000;
      await new Promise((resolve) => setImmediate(resolve));
      expect(playground.streams.buffered).toBeLessThanOrEqual(256 * 1024 + 16 * 1024);
    }
    expect(playground.streams.count).toBe(0);
    stalled.resume();
    await closed;
    expect(dropped).toBe(true);
    expect(written).toBeLessThan(60_000_000);
  });

  it('replays what a dropped client missed when it reconnects with Last-Event-ID', async () => {
    const playground = await playgroundTesting();
    const first = eventBig(playground, 10);
    const missed = [eventBig(playground, 10), eventBig(playground, 10)];
    const url = new URL(playground.config.appOrigin);
    const reply = await playgroundTestingRaw(
      playground.config.appOrigin,
      `GET /control/events HTTP/1.1\r\nHost: ${url.host}\r\nLast-Event-ID: ${first.id}\r\n\r\n`,
      300,
    );
    const ids = [...reply.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    expect(ids).toEqual(missed.map((event) => event.id));
  });

  it('refuses streams over the per-sandbox and the total cap, saying why', async () => {
    const playground = await playgroundTesting({ streamsPerSandbox: 2, streamsTotal: 3 });
    const app = playground.config.appOrigin;
    const controller = new AbortController();
    // Held until the end: fetch cancels the body of a response that is garbage-collected, which would
    // close its stream and free a place under the cap.
    const held: Response[] = [];
    const open = async (path: string) => {
      const response = await fetch(`${app}${path}`, { signal: controller.signal });
      held.push(response);
      return response;
    };
    try {
      expect((await open('/control/sandboxes/a/events')).status).toBe(200);
      expect((await open('/control/sandboxes/a/events')).status).toBe(200);
      const perSandbox = await open('/control/sandboxes/a/events');
      expect(perSandbox.status).toBe(429);
      expect(perSandbox.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await perSandbox.text()).toContain('already has 2 open event streams');
      expect((await open('/control/sandboxes/b/events')).status).toBe(200);
      const total = await open('/control/sandboxes/c/events');
      expect(total.status).toBe(503);
      expect(await total.text()).toContain('3 event streams');
      expect(held).toHaveLength(5);
    } finally {
      controller.abort();
    }
  });

  it('answers HEAD on the event streams at once, headers only', async () => {
    const playground = await playgroundTesting();
    for (const path of ['/control/events', '/control/sandboxes/s1/events']) {
      const response = await fetch(`${playground.config.appOrigin}${path}`, {
        method: 'HEAD',
        signal: AbortSignal.timeout(2000),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      expect(await response.text()).toBe('');
    }
    expect(playground.streams.count).toBe(0);
  });

  it('keeps a stream open past the request timeout: only slow requests are cut, not long answers', async () => {
    const playground = await playgroundTesting({ headersTimeoutMs: 200, requestTimeoutMs: 300 });
    const controller = new AbortController();
    try {
      const stream = await fetch(`${playground.config.appOrigin}/control/events`, controller);
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      await new Promise((resolve) => setTimeout(resolve, 700));
      const sent = eventBig(playground, 10);
      let text = '';
      while (!text.includes(`id: ${sent.id}`)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream was closed');
        text += value;
      }
      expect(playground.streams.count).toBe(1);
    } finally {
      controller.abort();
    }
  });
});
