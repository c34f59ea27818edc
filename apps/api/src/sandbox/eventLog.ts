import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';

/** One logged lab event as stored and streamed: its id and its JSON, serialised once. */
export interface StoredEvent {
  readonly id: number;
  readonly data: string;
}

interface LogEntry {
  readonly id: number;
  readonly data: string;
  readonly bytes: number;
}

/** What an entry costs beyond its JSON text (object, array slots), so tiny events are not free. */
const entryOverheadBytes = 96;

/** A first-in first-out queue over an array: shifting a large array on every event would be O(n). */
class EntryQueue {
  private items: LogEntry[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(entry: LogEntry): void {
    this.items.push(entry);
  }

  shift(): LogEntry | undefined {
    const entry = this.items[this.head];
    if (entry === undefined) return undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return entry;
  }

  values(): LogEntry[] {
    return this.items.slice(this.head);
  }
}

interface SandboxLog {
  readonly entries: EntryQueue;
  bytes: number;
}

/**
 * The events of every sandbox, bounded in count and bytes per sandbox and in bytes overall. Each bound
 * drops the oldest events of one sandbox. The overall bound takes them from the sandbox holding the
 * most bytes, so a sandbox that floods its log forgets its own history, never anyone else's: a sandbox
 * within its fair share (the overall budget divided by the sandboxes that have events) keeps every
 * event while anyone holds more.
 */
export class EventLog {
  private readonly logs = new Map<string, SandboxLog>();
  private bytesTotal = 0;

  constructor(
    private readonly limits: Pick<
      PlaygroundLimits,
      'eventsPerSandbox' | 'eventBytesPerSandbox' | 'eventBytesTotal'
    >,
  ) {}

  /** Bytes the log holds now (JSON text plus a fixed overhead per event). */
  get bytes(): number {
    return this.bytesTotal;
  }

  /** Bytes `sandbox`'s events hold now. */
  bytesOf(sandbox: string): number {
    return this.logs.get(sandbox)?.bytes ?? 0;
  }

  append(sandbox: string, id: number, data: string): void {
    let log = this.logs.get(sandbox);
    if (!log) {
      log = { entries: new EntryQueue(), bytes: 0 };
      this.logs.set(sandbox, log);
    }
    const entry: LogEntry = { id, data, bytes: data.length + entryOverheadBytes };
    log.entries.push(entry);
    log.bytes += entry.bytes;
    this.bytesTotal += entry.bytes;
    while (
      log.entries.length > this.limits.eventsPerSandbox ||
      (log.bytes > this.limits.eventBytesPerSandbox && log.entries.length > 1)
    ) {
      this.dropOldest(sandbox, log);
    }
    while (this.bytesTotal > this.limits.eventBytesTotal) {
      // The sandbox that just wrote pays when it holds more than an equal share (the usual case of a
      // flood, found without a search); otherwise whoever holds the most.
      const [victim, victimLog] =
        log.bytes * this.logs.size >= this.bytesTotal && this.logs.get(sandbox) === log
          ? [sandbox, log]
          : this.largest();
      if (!victimLog) break;
      this.dropOldest(victim, victimLog);
    }
  }

  /** The events of `sandbox` after `lastId`, oldest first. */
  since(sandbox: string, lastId: number): StoredEvent[] {
    const log = this.logs.get(sandbox);
    if (!log) return [];
    return log.entries
      .values()
      .filter((entry) => entry.id > lastId)
      .map(({ id, data }) => ({ id, data }));
  }

  /** Drops every event of a sandbox that is being removed. */
  forget(sandbox: string): void {
    const log = this.logs.get(sandbox);
    if (!log) return;
    this.bytesTotal -= log.bytes;
    this.logs.delete(sandbox);
  }

  private largest(): [string, SandboxLog | undefined] {
    let found: [string, SandboxLog | undefined] = ['', undefined];
    for (const [sandbox, log] of this.logs) {
      if (!found[1] || log.bytes > found[1].bytes) found = [sandbox, log];
    }
    return found;
  }

  private dropOldest(sandbox: string, log: SandboxLog): void {
    const entry = log.entries.shift();
    if (!entry) return;
    log.bytes -= entry.bytes;
    this.bytesTotal -= entry.bytes;
    if (log.entries.length === 0) this.logs.delete(sandbox);
  }
}
