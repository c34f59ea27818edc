import { afterEach, describe, expect, it, vi } from 'vitest';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('abuse: many sandbox ids', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says "full" with Retry-After, never "invalid", and makes room once one is idle', async () => {
    // Idleness is read from the clock: only Date is faked, so the time that passes is the test's to
    // decide (a busy machine cannot make a sandbox idle early), while sockets and timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
    const playground = await playgroundTesting({ sandboxes: 4, sandboxIdleMs: 300 });
    const { appOrigin, apiOrigin } = playground.config;
    const policy = (id: string) => fetch(`${appOrigin}/control/sandboxes/${id}/policy`);
    for (const id of ['a', 'b', 'c']) expect((await policy(id)).status).toBe(200);
    const full = await policy('d');
    expect(full.status).toBe(503);
    expect(Number(full.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await full.json()).toMatchObject({
      error: expect.stringContaining('full: all 4 sandboxes are in use'),
    });
    const invalid = await policy('bad%20id');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { errors: unknown }).errors).toEqual([
      { path: 'sandbox', message: 'must match [A-Za-z0-9_-]{1,64}' },
    ]);

    // `b` and `c` keep working; `a` goes idle and is the least recently used, so it makes room.
    vi.setSystemTime(Date.now() + 200);
    await fetch(`${apiOrigin}/s/b/data`);
    await policy('c');
    vi.setSystemTime(Date.now() + 150);
    expect((await policy('d')).status).toBe(200);
    const gone = await fetch(`${apiOrigin}/s/a/data`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain('No sandbox "a" on this server');
    expect((await fetch(`${apiOrigin}/s/b/data`)).status).toBe(200);
    expect((await fetch(`${apiOrigin}/data`)).status).toBe(200);
  });

  it('never removes the default sandbox nor one with an open event stream', async () => {
    const playground = await playgroundTesting({ sandboxes: 3, sandboxIdleMs: 50 });
    const { appOrigin } = playground.config;
    const controller = new AbortController();
    try {
      // Held in a variable: fetch cancels the body of a response that is garbage-collected.
      const watching = await fetch(`${appOrigin}/control/sandboxes/watched/events`, controller);
      expect(watching.status).toBe(200);
      expect((await fetch(`${appOrigin}/control/sandboxes/x/policy`)).status).toBe(200);
      await pause(100);
      // Only `x` can go: the default one is what plain paths use, and `watched` has a reader.
      expect((await fetch(`${appOrigin}/control/sandboxes/y/policy`)).status).toBe(200);
      await pause(100);
      expect((await fetch(`${appOrigin}/control/sandboxes/z/policy`)).status).toBe(200);
      expect(playground.store.size).toBe(3);
      expect((await fetch(`${appOrigin}/control/policy`)).status).toBe(200);
      expect((await fetch(`${appOrigin}/control/sandboxes/watched/policy`)).status).toBe(200);
      expect(watching.bodyUsed).toBe(false);
    } finally {
      controller.abort();
    }
  });
});
