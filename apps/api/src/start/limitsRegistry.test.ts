import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitsRegistry, type LimitEntry, type LimitUnit } from './limitsRegistry.ts';

const boundsDoc = readFileSync(new URL('../../../../docs/bounds.md', import.meta.url), 'utf8');

/** A number as docs/bounds.md writes it (`1,000`, `256 KiB`, `10 min`), and what it means. */
interface BoundsNumber {
  text: string;
  value: number;
  unit: LimitUnit;
}

/** One table row of docs/bounds.md: its section heading (up to any parenthesis) and its cells. */
interface BoundsRow {
  section: string;
  bounds: string;
  numbers: BoundsNumber[];
}

const unitScale: Record<string, [LimitUnit, number]> = {
  '': ['count', 1],
  bytes: ['bytes', 1],
  KiB: ['bytes', 1024],
  MiB: ['bytes', 1024 * 1024],
  ms: ['ms', 1],
  s: ['ms', 1000],
  min: ['ms', 60_000],
};

/**
 * The numbers of a table cell: thousands grouped by commas (`{1,64}` is two numbers), an optional
 * unit after one space; an HTTP status in backticks (`413`) is not a bound, nor a digit inside a word
 * or a character range (`0-9`).
 */
function boundsNumbers(cell: string): BoundsNumber[] {
  const text = cell.replace(/`[1-5]\d\d`/g, '');
  return [...text.matchAll(/(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d+)(?: (bytes|KiB|MiB|ms|s|min)\b)?/g)].map(
    (match) => {
      const [unit, scale] = unitScale[match[2] ?? ''] ?? ['count', 1];
      return { text: match[0], value: Number(match[1]?.replaceAll(',', '')) * scale, unit };
    },
  );
}

function boundsRows(): BoundsRow[] {
  const rows: BoundsRow[] = [];
  let section = '';
  for (const line of boundsDoc.split('\n')) {
    const heading = /^## ([^(]+)/.exec(line)?.[1];
    if (heading) section = heading.trim();
    else if (line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| what |')) {
      const cells = line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, ''));
      rows.push({ section, bounds: cells[0] ?? '', numbers: cells.flatMap(boundsNumbers) });
    }
  }
  return rows;
}

/** Numbers in the tables that state another entry's value again (a formula spelled out): still checked. */
const boundsRestated: [section: string, bounds: string, text: string, entry: string][] = [
  ['Event log', 'one stored text (header name or value, URL, note)', '2,048', 'eventValueBytes'],
  [
    'Connections and requests',
    'open connections per origin',
    '3',
    'playgroundLimitsPerParticipant.connections',
  ],
  ['Workshop mode', 'joins per remote address', '500', 'workshopRoomLimitsDefault.participants'],
  ['Workshop mode', 'open event streams in total', '2', 'playgroundLimitsPerParticipant.streams'],
  ['Workshop mode', 'open event streams in total', '8', 'streamsPerSandbox'],
  ['Workshop mode', 'open connections per origin', '1,000', 'connectionsPerOrigin'],
];

/** Numbers in the tables that are no bound of the servers or the engine, and why. */
const boundsNotLimits: [section: string, bounds: string, text: string, why: string][] = [
  ['Sandboxes', 'a sandbox id', '1', 'an id is not empty'],
  ['Policy history', "a change's label (`PUT …/policy?by=<label>`)", '1', 'a label is not empty'],
  ['Workshop mode', 'a display name', '1', 'a name is not empty'],
  [
    'Sandboxes',
    'the regexes of one policy (every origin list, path overrides included, and path patterns)',
    '100 ms',
    'what the work budget costs, measured',
  ],
  ['Sandboxes', 'policy writes of one sandbox at once', '20', 'follows from the 50 ms gap'],
  ['Event log', 'one stored text (header name or value, URL, note)', '12,952', 'an example'],
  ['Workshop mode', 'joins per remote address', '110 s', 'follows from the burst and rate'],
  ['Challenges', 'stage tokens (`/s/<token>/…`)', '1', 'one per sandbox, by design'],
  ['Challenges', 'attempts (`ChallengeAttempt`)', '1', 'one per challenge, by design'],
  ['Config import', 'configurations in one paste', '1', 'one configuration, by design'],
  [
    'Sends',
    "the tab's wait, after closing a send, for the events the server said it recorded",
    '5 s',
    "the tab's (packages/client)",
  ],
  [
    '`cors simulate` sequences',
    'fetches in one `sequence`',
    '100',
    "the CLI's (apps/cli simulateSequenceLimits)",
  ],
  ['`cors simulate` sequences', 'fetches in one `sequence`', '0', 'an exit code'],
  [
    '`cors simulate` sequences',
    '`after` between two fetches',
    '0',
    "the CLI's (apps/cli simulateSequenceLimits)",
  ],
  [
    '`cors simulate` sequences',
    '`after` between two fetches',
    '31,536,000,000 ms',
    "the CLI's (apps/cli simulateSequenceLimits)",
  ],
  [
    '`cors simulate` sequences',
    "cookies in the page's jar",
    '50',
    "the CLI's (apps/cli simulateSequenceLimits)",
  ],
];

const rowKey = (section: string, bounds: string) => `${section} | ${bounds}`;

describe('limitsRegistry', () => {
  const rows = boundsRows();
  const rowOf = (entry: Pick<LimitEntry, 'section' | 'bounds'>) =>
    rows.find((row) => row.section === entry.section && row.bounds === entry.bounds);

  it.each(limitsRegistry.map((entry) => [entry.name, entry] as const))(
    "%s's value is the one docs/bounds.md states in its row",
    (_name, entry) => {
      const row = rowOf(entry);
      expect(row, `no row "${rowKey(entry.section, entry.bounds)}"`).toBeDefined();
      const stated = row?.numbers.filter((n) => n.unit === entry.unit).map((n) => n.value);
      expect(stated).toContain(entry.value);
    },
  );

  it('has an entry (or a listed reason) for every number docs/bounds.md states in its tables', () => {
    const unaccounted = rows.flatMap((row) =>
      row.numbers
        .filter(
          (n) =>
            !limitsRegistry.some(
              (e) =>
                e.section === row.section &&
                e.bounds === row.bounds &&
                e.unit === n.unit &&
                e.value === n.value,
            ) &&
            ![...boundsRestated, ...boundsNotLimits].some(
              ([section, bounds, text]) =>
                section === row.section && bounds === row.bounds && text === n.text,
            ),
        )
        .map((n) => `${rowKey(row.section, row.bounds)}: ${n.text}`),
    );
    expect(unaccounted).toEqual([]);
  });

  it.each(boundsRestated)('%s | %s restates %s, the value of %s', (section, bounds, text, name) => {
    const entry = limitsRegistry.find((e) => e.name === name);
    const stated = rowOf({ section, bounds })?.numbers.find((n) => n.text === text);
    expect(stated, `"${text}" not in ${rowKey(section, bounds)}`).toBeDefined();
    expect(stated?.value).toBe(entry?.value);
  });

  it('lists only numbers docs/bounds.md still states', () => {
    const stale = boundsNotLimits
      .filter(([section, bounds, text]) => !rowOf({ section, bounds })?.numbers.some((n) => n.text === text))
      .map(([section, bounds, text]) => `${rowKey(section, bounds)}: ${text}`);
    expect(stale).toEqual([]);
  });

  it('reads numbers the way the doc spells them', () => {
    const read = (cell: string) => boundsNumbers(cell).map(({ value, unit }) => [value, unit]);
    expect(read('1,000 (in a workshop, 3 × the cap)')).toEqual([
      [1000, 'count'],
      [3, 'count'],
    ]);
    expect(read('3,000,000 work units')).toEqual([[3_000_000, 'count']]);
    expect(read('256 KiB, 32 MiB and 32768 bytes')).toEqual([
      [256 * 1024, 'bytes'],
      [32 * 1024 * 1024, 'bytes'],
      [32768, 'bytes'],
    ]);
    expect(read('10 min, 5 s, 250 ms, 8 sends')).toEqual([
      [600_000, 'ms'],
      [5000, 'ms'],
      [250, 'ms'],
      [8, 'count'],
    ]);
    expect(read('`[A-Za-z0-9_-]{1,64}`')).toEqual([
      [1, 'count'],
      [64, 'count'],
    ]);
    expect(read('`413` with `Retry-After: 1`; SHA-256')).toEqual([[1, 'count']]);
  });

  it('names each limit once', () => {
    const names = limitsRegistry.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
