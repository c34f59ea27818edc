import { describe, expect, it } from 'vitest';
import { PolicyWriteQueue } from './policyWriteQueue.ts';

describe('PolicyWriteQueue', () => {
  it('gives one write of a sandbox its turn at a time, in arrival order, and refuses past the waiting bound', async () => {
    const writes = new PolicyWriteQueue(2);
    const order: string[] = [];
    const first = await writes.enter('ada');
    const second = writes.enter('ada')?.then((release) => (order.push('second'), release));
    const third = writes.enter('ada')?.then((release) => (order.push('third'), release));
    expect(writes.enter('ada')).toBeUndefined();
    // Another sandbox never waits for this one.
    const bob = await writes.enter('bob');
    expect(writes.busy).toBe(2);
    bob?.();
    first?.();
    first?.(); // released twice: still one turn handed on
    (await second)?.();
    (await third)?.();
    expect(order).toEqual(['second', 'third']);
    expect(writes.busy).toBe(0);
  });
});
