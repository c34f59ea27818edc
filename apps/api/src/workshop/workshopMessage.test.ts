import { describe, expect, it } from 'vitest';
import { workshopMessagePush, workshopMessagesFor } from './workshopMessage.ts';
import type { WorkshopMessage } from './workshopState.ts';

describe('workshopMessage', () => {
  it('numbers messages on from the last one and keeps only the newest', () => {
    const messages: WorkshopMessage[] = [];
    for (let i = 1; i <= 4; i++) workshopMessagePush(messages, `m${i}`, undefined, 3);
    expect(messages.map((m) => [m.id, m.text])).toEqual([
      [2, 'm2'],
      [3, 'm3'],
      [4, 'm4'],
    ]);
  });

  it('shows a hint to its participant and the instructor only', () => {
    const messages: WorkshopMessage[] = [];
    workshopMessagePush(messages, 'all', undefined, 10);
    workshopMessagePush(messages, 'hint', 'ada', 10);
    expect(workshopMessagesFor(messages, 'ada').map((m) => m.text)).toEqual(['all', 'hint']);
    expect(workshopMessagesFor(messages, 'bob').map((m) => m.text)).toEqual(['all']);
    expect(workshopMessagesFor(messages).map((m) => m.text)).toEqual(['all', 'hint']);
  });
});
