import { describe, expect, it } from 'vitest';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

describe('abuse: the event log', () => {
  it('stays within its byte budgets under requests with 15 KB headers, and says what it cut', async () => {
    const budget = 100 * 1024;
    const playground = await playgroundTesting({ eventBytesPerSandbox: 32 * 1024, eventBytesTotal: budget });
    const { appOrigin, apiOrigin } = playground.config;
    const sandboxes = ['s1', 's2', 's3', 's4', 's5', 's6'];
    for (const id of sandboxes) await fetch(`${appOrigin}/control/sandboxes/${id}/policy`);
    const big = 'v'.repeat(15_000);
    for (let round = 0; round < 20; round++) {
      await Promise.all(
        sandboxes.map((id) => fetch(`${apiOrigin}/s/${id}/data`, { headers: { 'x-big': big } })),
      );
      expect(playground.store.log.bytes).toBeLessThanOrEqual(budget);
    }
    const [sandbox] = sandboxes.map((id) => playground.store.sandboxEnsure(id));
    if (!sandbox || 'full' in sandbox) throw new Error('sandbox missing');
    const events = sandbox.eventsSince(0).map((event) => JSON.parse(event.data));
    expect(events.length).toBeGreaterThan(0);
    const header = events.at(-1).requestHeaders.find(([name]: [string]) => name === 'x-big');
    expect(header[1]).toBe(`${'v'.repeat(2048)}… 12,952 more bytes`);
  });
});
