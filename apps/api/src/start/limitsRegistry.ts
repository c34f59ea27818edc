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

const limits = playgroundLimitsDefault;
const history = policyHistoryLimitsDefault;
const unsentRow = 'unsent bytes of one stream (a client that stops reading)';
const perAddressRow = 'open connections from one client address, per origin';
const regexRow = 'the regexes of one policy (every origin list, path overrides included, and path patterns)';

/** Per docs/bounds.md section: each limit's name, value, unit and the row that states it. */
const limitsBySection: Record<string, [string, number, LimitUnit, string][]> = {
  Sandboxes: [
    ['sandboxes', limits.sandboxes, 'count', 'sandboxes at once (the `default` one included)'],
    ['sandboxIdleMs', limits.sandboxIdleMs, 'ms', 'sandboxes at once (the `default` one included)'],
    ['controlBodyBytes', limits.controlBodyBytes, 'bytes', 'a policy (`PUT …/policy` body)'],
    ['regexLimits.policyPatternsMax', regexLimits.policyPatternsMax, 'count', regexRow],
    ['regexLimits.policyWorkMax', regexLimits.policyWorkMax, 'count', regexRow],
  ],
  'Policy history': [
    ['policyHistoryLimitsDefault.entries', history.entries, 'count', 'policies kept per sandbox'],
    ['policyHistoryLimitsDefault.bytes', history.bytes, 'bytes', 'bytes of policy JSON kept per sandbox'],
  ],
  'Event log': [
    ['eventsPerSandbox', limits.eventsPerSandbox, 'count', 'events per sandbox'],
    ['eventBytesPerSandbox', limits.eventBytesPerSandbox, 'bytes', 'bytes per sandbox'],
    ['eventBytesTotal', limits.eventBytesTotal, 'bytes', 'bytes over all sandboxes'],
    ['eventValueBytes', limits.eventValueBytes, 'bytes', 'one stored text (header name or value, URL, note)'],
  ],
  'Event streams': [
    ['streamsPerSandbox', limits.streamsPerSandbox, 'count', 'open streams per sandbox'],
    ['streamsTotal', limits.streamsTotal, 'count', 'open streams in total'],
    ['streamBufferedBytes', limits.streamBufferedBytes, 'bytes', unsentRow],
    ['streamBufferedBytesTotal', limits.streamBufferedBytesTotal, 'bytes', 'unsent bytes over all streams'],
  ],
  'Connections and requests': [
    ['connectionsPerOrigin', limits.connectionsPerOrigin, 'count', 'open connections per origin'],
    ['connectionsPerAddress', limits.connectionsPerAddress, 'count', perAddressRow],
    ['headersTimeoutMs', limits.headersTimeoutMs, 'ms', 'time to send the request headers'],
    ['requestTimeoutMs', limits.requestTimeoutMs, 'ms', 'time to send the whole request, body included'],
    ['keepAliveTimeoutMs', limits.keepAliveTimeoutMs, 'ms', 'idle keep-alive connection'],
    ['labBodyBytes', limits.labBodyBytes, 'bytes', 'lab API request body, after decompression'],
  ],
};

/**
 * The servers' default bounds in one list, read from the modules that enforce them, so that the
 * user-facing page can be checked against the numbers the code really uses rather than kept in step
 * by hand (limitsRegistry.test.ts holds docs/bounds.md to it).
 */
export const limitsRegistry: readonly LimitEntry[] = Object.entries(limitsBySection).flatMap(
  ([section, rows]) => rows.map(([name, value, unit, bounds]) => ({ name, value, unit, section, bounds })),
);

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
