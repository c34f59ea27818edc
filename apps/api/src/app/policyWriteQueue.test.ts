import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicyWriteQueue, policyWriteQueueLimitsDefault } from './policyWriteQueue.ts';

describe('PolicyWriteQueue', () => {
  it('gives one write of a sandbox its turn at a time, in arrival order, and refuses past the waiting bound', async () => {
    const writes = new PolicyWriteQueue({
      ...policyWriteQueueLimitsDefault,
      waitingMax: 2,
      shareFactor: 0,
      gapMinMs: 0,
    });
    const order: string[] = [];
    const first = await writes.enter('ada');
    const second = writes.enter('ada')?.then((release) => (order.push('second'), release));
    const third = writes.enter('ada')?.then((release) => (order.push('third'), release));
    expect(writes.enter('ada')).toBeUndefined();
    // Another sandbox never waits for this one.
    const bob = await writes.enter('bob');
    expect(writes.busy).toBe(2);
    bob?.(0);
    first?.(0);
    first?.(0); // released twice: still one turn handed on
    (await second)?.(0);
    (await third)?.(0);
    expect(order).toEqual(['second', 'third']);
    expect(writes.busy).toBe(0);
  });
});

describe('PolicyWriteQueue fair share', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a sandbox’s next write back for a multiple of the time the last one kept the loop busy', async () => {
    vi.useFakeTimers();
    const writes = new PolicyWriteQueue({
      ...policyWriteQueueLimitsDefault,
      waitingMax: 2,
      shareFactor: 4,
      gapMinMs: 10,
    });
    (await writes.enter('ada'))?.(5);
    let turn = false;
    const next = writes.enter('ada')?.then((release) => ((turn = true), release));
    await vi.advanceTimersByTimeAsync(19);
    expect(turn).toBe(false);
    // Another sandbox is not held back.
    (await writes.enter('bob'))?.(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(turn).toBe(true);
    // However short a write, the next one waits the least gap.
    (await next)?.(0);
    turn = false;
    const last = writes.enter('ada')?.then((release) => ((turn = true), release));
    await vi.advanceTimersByTimeAsync(9);
    expect(turn).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(turn).toBe(true);
    (await last)?.(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(writes.busy).toBe(0);
  });
});
