import { describe, expect, it } from 'vitest';
import { WorkshopJoinLimit } from './workshopJoinLimit.ts';

describe('WorkshopJoinLimit', () => {
  it('allows a burst, then the steady rate, per address', () => {
    const limit = new WorkshopJoinLimit({ burst: 3, perSecond: 2, addresses: 100 });
    const at = (ms: number) => limit.take('a', ms).ok;
    expect([at(0), at(0), at(0), at(0)]).toEqual([true, true, true, false]);
    expect(limit.take('a', 0)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limit.take('b', 0).ok).toBe(true);
    expect([at(500), at(500)]).toEqual([true, false]);
    // A long pause refills the burst, no more.
    expect([at(60_000), at(60_000), at(60_000), at(60_000)]).toEqual([true, true, true, false]);
  });

  it('lets a 500-person room behind one address in within two minutes with the defaults', () => {
    const limit = new WorkshopJoinLimit();
    let joined = 0;
    let ms = 0;
    for (; joined < 500; ms += 100) while (joined < 500 && limit.take('nat', ms).ok) joined++;
    expect(ms).toBeLessThanOrEqual(120_000);
  });

  it('remembers a bounded number of addresses, forgetting refilled ones first', () => {
    const limit = new WorkshopJoinLimit({ burst: 1, perSecond: 1, addresses: 2 });
    expect(limit.take('a', 0).ok).toBe(true);
    expect(limit.take('b', 5_000).ok).toBe(true);
    expect(limit.take('b', 5_000).ok).toBe(false);
    // 'a' has refilled and is forgotten to make room; 'b' is still remembered as empty.
    expect(limit.take('c', 5_000).ok).toBe(true);
    expect(limit.take('b', 5_000).ok).toBe(false);
  });
});
