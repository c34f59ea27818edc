import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitsEntryText, limitsRegistry } from './limitsRegistry.ts';

const boundsDoc = readFileSync(new URL('../../../../docs/bounds.md', import.meta.url), 'utf8');

/** docs/bounds.md's table rows by section heading (up to any parenthesis), each row as its cells. */
function boundsRows(): Map<string, string[][]> {
  const rows = new Map<string, string[][]>();
  let section = '';
  for (const line of boundsDoc.split('\n')) {
    const heading = /^## ([^(]+)/.exec(line)?.[1];
    if (heading) section = heading.trim();
    else if (line.startsWith('| ') && !line.startsWith('| ---'))
      rows.set(section, [
        ...(rows.get(section) ?? []),
        line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')),
      ]);
  }
  return rows;
}

describe('limitsRegistry', () => {
  const rows = boundsRows();

  it.each(limitsRegistry.map((entry) => [entry.name, entry] as const))(
    "%s's value is the one docs/bounds.md states in its row",
    (_name, entry) => {
      const row = rows.get(entry.section)?.find((cells) => cells[0] === entry.bounds);
      expect({ section: entry.section, bounds: entry.bounds, found: row !== undefined }).toEqual({
        section: entry.section,
        bounds: entry.bounds,
        found: true,
      });
      // A whole number only: `500` must not pass on a row that says `5,000`.
      const text = limitsEntryText(entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(row?.slice(1).join(' | ')).toMatch(new RegExp(`(?<![\\d.,])${text}(?![\\d]|,\\d)`));
    },
  );

  it('spells values the way the doc does', () => {
    expect(limitsEntryText({ value: 1000, unit: 'count' })).toBe('1,000');
    expect(limitsEntryText({ value: 3_000_000, unit: 'count' })).toBe('3,000,000');
    expect(limitsEntryText({ value: 256 * 1024, unit: 'bytes' })).toBe('256 KiB');
    expect(limitsEntryText({ value: 32 * 1024 * 1024, unit: 'bytes' })).toBe('32 MiB');
    expect(limitsEntryText({ value: 100, unit: 'bytes' })).toBe('100 bytes');
    expect(limitsEntryText({ value: 600_000, unit: 'ms' })).toBe('10 min');
    expect(limitsEntryText({ value: 5_000, unit: 'ms' })).toBe('5 s');
    expect(limitsEntryText({ value: 250, unit: 'ms' })).toBe('250 ms');
  });

  it('names each limit once', () => {
    const names = limitsRegistry.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
