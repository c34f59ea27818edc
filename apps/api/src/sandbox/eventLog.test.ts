import { describe, expect, it } from 'vitest';
import { eventClipText } from './eventClip.ts';
import { EventLog } from './eventLog.ts';

const json = (size: number) => 'x'.repeat(size);

describe('EventLog', () => {
  it('keeps at most the count and the bytes per sandbox, dropping the oldest', () => {
    const log = new EventLog({ eventsPerSandbox: 3, eventBytesPerSandbox: 10_000, eventBytesTotal: 1e9 });
    for (let id = 1; id <= 5; id++) log.append('a', id, json(10));
    expect(log.since('a', 0).map((e) => e.id)).toEqual([3, 4, 5]);
    for (let id = 6; id <= 9; id++) log.append('b', id, json(4000));
    expect(log.since('b', 0).map((e) => e.id)).toEqual([8, 9]);
    expect(log.since('b', 8).map((e) => e.id)).toEqual([9]);
  });

  it('keeps the total under budget across sandboxes, each keeping its newest', () => {
    const log = new EventLog({ eventsPerSandbox: 500, eventBytesPerSandbox: 1e9, eventBytesTotal: 50_000 });
    let id = 1;
    for (let round = 0; round < 200; round++) {
      for (const sandbox of ['a', 'b', 'c']) log.append(sandbox, id++, json(1000));
      expect(log.bytes).toBeLessThanOrEqual(50_000);
    }
    const kept = ['a', 'b', 'c'].flatMap((sandbox) => log.since(sandbox, 0).map((e) => e.id));
    expect(Math.min(...kept)).toBeGreaterThan(id - 1 - kept.length - 1);
    expect(kept.length).toBeGreaterThan(40);
  });

  it('takes the overall budget from whoever holds the most, never from a sandbox within its share', () => {
    const log = new EventLog({
      eventsPerSandbox: 500,
      eventBytesPerSandbox: 40_000,
      eventBytesTotal: 100_000,
    });
    let id = 1;
    log.append('quiet', id++, json(1000));
    log.append('quiet', id++, json(1000));
    // Five flooding sandboxes, each at its own cap, together far over the overall budget.
    for (let round = 0; round < 200; round++) {
      for (const bot of ['b1', 'b2', 'b3', 'b4', 'b5']) log.append(bot, id++, json(1000));
      expect(log.bytes).toBeLessThanOrEqual(100_000);
    }
    expect(log.since('quiet', 0).map((e) => e.id)).toEqual([1, 2]);
    // The bots share what is left, evenly, and each keeps its newest.
    const botBytes = ['b1', 'b2', 'b3', 'b4', 'b5'].map((bot) => log.bytesOf(bot));
    expect(Math.max(...botBytes) - Math.min(...botBytes)).toBeLessThanOrEqual(2 * 1096);
    expect(log.since('b5', 0).at(-1)?.id).toBe(id - 1);
  });

  it('forgets a removed sandbox and frees its bytes', () => {
    const log = new EventLog({ eventsPerSandbox: 500, eventBytesPerSandbox: 1e9, eventBytesTotal: 1e9 });
    log.append('a', 1, json(1000));
    log.append('b', 2, json(1000));
    const before = log.bytes;
    log.forget('a');
    expect(log.since('a', 0)).toEqual([]);
    expect(log.bytes).toBeLessThan(before);
    for (let id = 3; id < 5000; id++) log.append('c', id, json(10));
    expect(log.since('b', 0).map((e) => e.id)).toEqual([2]);
  });
});

describe('eventClipText', () => {
  it('keeps short text and says how much of a long one was cut', () => {
    expect(eventClipText('short', 10)).toBe('short');
    expect(eventClipText('x'.repeat(15_000), 2048)).toBe(`${'x'.repeat(2048)}… 12,952 more bytes`);
    expect(eventClipText(`ab${'é'.repeat(3)}`, 2)).toBe('ab… 6 more bytes');
  });
});
