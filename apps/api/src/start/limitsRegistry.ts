import { regexLimits } from '@cors-playground/engine';
import { policyHistoryLimitsDefault } from '../sandbox/policyHistory.ts';
import { playgroundLimitsDefault } from '../shared/playgroundLimits.ts';

/** How a limit's value is counted, and so how docs/bounds.md spells it. */
export type LimitUnit = 'count' | 'bytes' | 'ms';

/** One bound the servers hold, as the code has it and where docs/bounds.md states it. */
export interface LimitEntry {
  /** The limit's name in the code. */
  name: string;
  value: number;
  unit: LimitUnit;
  /** The docs/bounds.md section (its heading, up to any parenthesis) whose table states the limit. */
  section: string;
  /** What it bounds: the first cell of that table's row, exactly. */
  bounds: string;
}

type Limits = typeof playgroundLimitsDefault;

function limitsEntry(name: keyof Limits, unit: LimitUnit, section: string, bounds: string): LimitEntry {
  return { name, value: playgroundLimitsDefault[name], unit, section, bounds };
}

/**
 * The servers' default bounds in one list, read from the modules that enforce them, so that the
 * user-facing page can be checked against the numbers the code really uses rather than kept in step
 * by hand (limitsRegistry.test.ts holds docs/bounds.md to it).
 */
export const limitsRegistry: readonly LimitEntry[] = [
  limitsEntry('sandboxes', 'count', 'Sandboxes', 'sandboxes at once (the `default` one included)'),
  limitsEntry('sandboxIdleMs', 'ms', 'Sandboxes', 'sandboxes at once (the `default` one included)'),
  limitsEntry('controlBodyBytes', 'bytes', 'Sandboxes', 'a policy (`PUT …/policy` body)'),
  {
    name: 'regexLimits.policyPatternsMax',
    value: regexLimits.policyPatternsMax,
    unit: 'count',
    section: 'Sandboxes',
    bounds: 'the regexes of one policy (every origin list, path overrides included, and path patterns)',
  },
  {
    name: 'regexLimits.policyWorkMax',
    value: regexLimits.policyWorkMax,
    unit: 'count',
    section: 'Sandboxes',
    bounds: 'the regexes of one policy (every origin list, path overrides included, and path patterns)',
  },
  {
    name: 'policyHistoryLimitsDefault.entries',
    value: policyHistoryLimitsDefault.entries,
    unit: 'count',
    section: 'Policy history',
    bounds: 'policies kept per sandbox',
  },
  {
    name: 'policyHistoryLimitsDefault.bytes',
    value: policyHistoryLimitsDefault.bytes,
    unit: 'bytes',
    section: 'Policy history',
    bounds: 'bytes of policy JSON kept per sandbox',
  },
  limitsEntry('eventsPerSandbox', 'count', 'Event log', 'events per sandbox'),
  limitsEntry('eventBytesPerSandbox', 'bytes', 'Event log', 'bytes per sandbox'),
  limitsEntry('eventBytesTotal', 'bytes', 'Event log', 'bytes over all sandboxes'),
  limitsEntry('eventValueBytes', 'bytes', 'Event log', 'one stored text (header name or value, URL, note)'),
  limitsEntry('streamsPerSandbox', 'count', 'Event streams', 'open streams per sandbox'),
  limitsEntry('streamsTotal', 'count', 'Event streams', 'open streams in total'),
  limitsEntry(
    'streamBufferedBytes',
    'bytes',
    'Event streams',
    'unsent bytes of one stream (a client that stops reading)',
  ),
  limitsEntry('streamBufferedBytesTotal', 'bytes', 'Event streams', 'unsent bytes over all streams'),
  limitsEntry('connectionsPerOrigin', 'count', 'Connections and requests', 'open connections per origin'),
  limitsEntry(
    'connectionsPerAddress',
    'count',
    'Connections and requests',
    'open connections from one client address, per origin',
  ),
  limitsEntry('headersTimeoutMs', 'ms', 'Connections and requests', 'time to send the request headers'),
  limitsEntry(
    'requestTimeoutMs',
    'ms',
    'Connections and requests',
    'time to send the whole request, body included',
  ),
  limitsEntry('keepAliveTimeoutMs', 'ms', 'Connections and requests', 'idle keep-alive connection'),
  limitsEntry(
    'labBodyBytes',
    'bytes',
    'Connections and requests',
    'lab API request body, after decompression',
  ),
];

/** A limit's value as docs/bounds.md writes it: `1,000`, `256 KiB`, `32 MiB`, `10 s`, `10 min`. */
export function limitsEntryText(entry: Pick<LimitEntry, 'value' | 'unit'>): string {
  const { value, unit } = entry;
  if (unit === 'bytes') {
    if (value % (1024 * 1024) === 0) return `${value / (1024 * 1024)} MiB`;
    if (value % 1024 === 0) return `${value / 1024} KiB`;
    return `${value.toLocaleString('en-US')} bytes`;
  }
  if (unit === 'ms') {
    if (value % 60_000 === 0) return `${value / 60_000} min`;
    if (value % 1000 === 0) return `${value / 1000} s`;
    return `${value} ms`;
  }
  return value.toLocaleString('en-US');
}
