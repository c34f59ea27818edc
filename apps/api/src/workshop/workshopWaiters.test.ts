import { describe, expect, it } from 'vitest';
import { workshopWaiters } from './workshopWaiters.ts';

describe('workshopWaiters', () => {
  it('settles every waiter of one write together', async () => {
    const write = workshopWaiters();
    const both = Promise.all([write.promise, write.promise]);
    write.resolve();
    await expect(both).resolves.toEqual([undefined, undefined]);
  });

  it('passes a failed write on to whoever still waits', async () => {
    const write = workshopWaiters();
    write.reject(new Error('disk full'));
    await expect(write.promise).rejects.toThrow('disk full');
  });
});
