import { describe, expect, it } from 'vitest';
import { workshopJoinLimitsDefault } from './workshopJoinLimit.ts';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

const { burst, perSecond } = workshopJoinLimitsDefault;

describe('abuse: one client cannot fill the room', () => {
  it('limits a 300-join flood from one address, while another address still joins', async () => {
    const playground = await workshopTesting();
    const bot = new WorkshopClient(playground, '127.0.0.2');
    const started = performance.now();
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<WorkshopClient['put']>> | undefined;
    for (let i = 0; i < 300; i++) {
      bot.cookies.clear();
      // A forged X-Forwarded-For changes nothing: no proxy is trusted.
      const answer = await bot.put(
        '/control/workshop/me',
        { name: `bot ${i}` },
        { 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` },
      );
      statuses.push(answer.status);
      if (answer.status === 429) refused ??= answer;
    }
    const seconds = (performance.now() - started) / 1000;
    const joined = statuses.filter((status) => status === 201).length;
    // No more than the burst plus what the bucket regained while the flood lasted.
    expect(joined).toBeGreaterThanOrEqual(burst);
    expect(joined).toBeLessThanOrEqual(burst + Math.ceil(seconds * perSecond) + 1);
    expect(statuses.filter((status) => status !== 201 && status !== 429)).toEqual([]);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused?.body.error).toMatch(/joined from your network just now: try again in \d+ s/);
    expect(playground.workshop?.size).toBe(joined);

    const ada = new WorkshopClient(playground, '127.0.0.3');
    await ada.join('Ada');
    expect((await ada.get('/control/workshop/me')).body).toMatchObject({ name: 'Ada' });
    bot.close();
    ada.close();
  });

  // 501 joins, each on disk (fsync) before it is answered: seconds on a quiet machine, far more on a
  // busy one, hence the test's own time bound.
  it('lets a 500-person room join through a trusted proxy, each counted by X-Forwarded-For', async () => {
    const playground = await workshopTesting({}, '--trust-proxy', '127.0.0.4');
    const proxy = new WorkshopClient(playground, '127.0.0.4');
    for (let i = 0; i < 500; i++) {
      proxy.cookies.clear();
      // What the participant's browser sent, then the address the proxy saw, appended by the proxy.
      const forwarded = `203.0.113.7, 10.1.${i >> 8}.${i & 255}`;
      const answer = await proxy.put(
        '/control/workshop/me',
        { name: `person ${i}` },
        { 'x-forwarded-for': forwarded },
      );
      expect(answer.status, `join ${i}`).toBe(201);
    }
    expect(playground.workshop?.size).toBe(500);
    // The room is full now: the seats went to people, not to a limit.
    proxy.cookies.clear();
    const last = await proxy.put(
      '/control/workshop/me',
      { name: 'one more' },
      { 'x-forwarded-for': '10.1.9.9' },
    );
    expect(last.status).toBe(503);
    proxy.close();
  }, 120_000);

  it('believes X-Forwarded-For only from the trusted proxy', async () => {
    const playground = await workshopTesting({}, '--trust-proxy', '127.0.0.4');
    const direct = new WorkshopClient(playground, '127.0.0.5');
    let limited = false;
    for (let i = 0; i < burst + 20 && !limited; i++) {
      direct.cookies.clear();
      const answer = await direct.put(
        '/control/workshop/me',
        { name: `spoof ${i}` },
        { 'x-forwarded-for': `10.2.0.${i}` },
      );
      limited = answer.status === 429;
    }
    expect(limited).toBe(true);
    direct.close();
  });
});
