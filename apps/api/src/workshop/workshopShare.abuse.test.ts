import { describe, expect, it } from 'vitest';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

describe('abuse: each participant keeps their own share of streams and log', () => {
  it('lets bots hold no more than their own streams, so a real participant still gets theirs', async () => {
    // A room of 5: 2 streams each plus the instructor's 8 (the default of 256 is lowered to show it).
    const playground = await workshopTesting({ streamsTotal: 1 }, '--participants-cap', '5');
    const bots = new WorkshopClient(playground, '127.0.0.2');
    const opened: Array<{ status: number; end: () => void }> = [];
    for (let i = 0; i < 4; i++) {
      bots.cookies.clear();
      const sandbox = await bots.join(`bot ${i}`);
      for (let s = 0; s < 8; s++) opened.push(await bots.stream(`/control/sandboxes/${sandbox}/events`));
    }
    const held = opened.filter((stream) => stream.status === 200).length;
    expect(held).toBe(4 * 2);
    expect(opened.filter((stream) => stream.status !== 200).every((stream) => stream.status === 429)).toBe(
      true,
    );

    const ada = new WorkshopClient(playground, '127.0.0.3');
    const sandbox = await ada.join('Ada');
    const mine = [
      await ada.stream(`/control/sandboxes/${sandbox}/events`),
      await ada.stream(`/control/sandboxes/${sandbox}/events`),
    ];
    expect(mine.map((stream) => stream.status)).toEqual([200, 200]);
    for (const stream of [...opened, ...mine]) stream.end();
    bots.close();
    ada.close();
  });

  it('keeps a participant’s events while other sandboxes flood the shared log budget', async () => {
    const budget = 64 * 1024;
    const playground = await workshopTesting({ eventBytesTotal: budget, eventBytesPerSandbox: 32 * 1024 });
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const mine = await ada.join('Ada');
    for (let i = 0; i < 3; i++)
      expect((await fetch(`${playground.config.apiOrigin}/s/${mine}/ada/${i}`)).status).toBeLessThan(500);
    const adaEvents = playground.store
      .sandboxForPath(`/s/${mine}/x`)
      .sandbox?.eventsSince(0)
      .map((e) => e.id);
    expect(adaEvents).toHaveLength(3);

    const bots = new WorkshopClient(playground, '127.0.0.3');
    const floods: string[] = [];
    for (let i = 0; i < 4; i++) {
      bots.cookies.clear();
      floods.push(await bots.join(`bot ${i}`));
    }
    // Four sandboxes, each filling its own cap: together twice the overall budget.
    for (let round = 0; round < 30; round++) {
      await Promise.all(
        floods.map((sandbox) =>
          fetch(`${playground.config.apiOrigin}/s/${sandbox}/flood`, {
            headers: { 'x-pad': 'x'.repeat(4000) },
          }),
        ),
      );
    }
    expect(playground.store.log.bytes).toBeLessThanOrEqual(budget);
    for (const sandbox of floods) expect(playground.store.log.bytesOf(sandbox)).toBeGreaterThan(0);
    const after = playground.store
      .sandboxForPath(`/s/${mine}/x`)
      .sandbox?.eventsSince(0)
      .map((e) => e.id);
    expect(after).toEqual(adaEvents);
    ada.close();
    bots.close();
  });
});
