import { describe, expect, it } from 'vitest';
import { policyParse, type Policy } from '@cors-playground/engine';
import { PolicyHistory } from './policyHistory.ts';

function policyOf(input: unknown): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error('test policy invalid');
  return parsed.policy;
}

const allowing = (origin: string) => policyOf({ origin: { mode: 'list', allow: [origin] } });

describe('PolicyHistory', () => {
  it('drops the oldest entries when the bytes run out, always keeping the newest', () => {
    const big = allowing(`http://${'a'.repeat(400)}.example`);
    const bytes = JSON.stringify(big).length;
    const history = new PolicyHistory({ entries: 20, bytes: bytes * 3 });
    for (let index = 0; index < 6; index++)
      history.record(big, allowing(`http://${index}.example`), `Change ${index}`, false);
    expect(history.entries.map((entry) => entry.replacedBy)).toEqual(['Change 5', 'Change 4', 'Change 3']);
    const tiny = new PolicyHistory({ entries: 20, bytes: 1 });
    tiny.record(big, allowing('http://x.example'), 'Preset', false);
    expect(tiny.entries).toHaveLength(1);
  });

  it('keeps nothing for a change to the same policy', () => {
    const history = new PolicyHistory();
    history.record(allowing('http://a.example'), allowing('http://a.example'), 'Preset', false);
    expect(history.entries).toEqual([]);
  });
});
