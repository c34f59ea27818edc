import type { PlaygroundLimits } from '../start/playgroundLimits.ts';

/** One logged lab event as stored and streamed: its id and its JSON, serialised once. */
export interface StoredEvent {
  readonly id: number;
  readonly data: string;
}

interface LogEntry {
  readonly id: number;
  /** Emptied when dropped: the entry may linger in the overall queue until the next sweep. */
  data: string;
  readonly sandbox: string;
  readonly bytes: number;
  dropped: boolean;
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

  peek(): LogEntry | undefined {
    return this.items[this.head];
  }

  shift(): LogEntry | undefined {
    const entry = this.items[this.head];
    if (entry === undefined) return undefined;
    this.head++;
    if (this.head > 1024 && this.head * 2 > this.items.length) this.compact(() => true);
    return entry;
  }

  /** Keeps the entries `keep` accepts, in order. */
  compact(keep: (entry: LogEntry) => boolean): void {
    this.items = this.items.slice(this.head).filter(keep);
    this.head = 0;
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
 * drops the oldest events first, so a busy sandbox forgets its own history before anyone else's, and
 * the total stays fixed however many sandboxes there are.
 */
export class EventLog {
  private readonly logs = new Map<string, SandboxLog>();
  /** Every entry in arrival order (ids are global and increasing): the oldest overall is at the head. */
  private readonly all = new EntryQueue();
  private droppedInAll = 0;
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

  append(sandbox: string, id: number, data: string): void {
    let log = this.logs.get(sandbox);
    if (!log) {
      log = { entries: new EntryQueue(), bytes: 0 };
      this.logs.set(sandbox, log);
    }
    const entry: LogEntry = { id, data, sandbox, bytes: data.length + entryOverheadBytes, dropped: false };
    log.entries.push(entry);
    log.bytes += entry.bytes;
    this.bytesTotal += entry.bytes;
    this.all.push(entry);
    while (
      log.entries.length > this.limits.eventsPerSandbox ||
      (log.bytes > this.limits.eventBytesPerSandbox && log.entries.length > 1)
    ) {
      this.dropOldest(sandbox, log);
    }
    while (this.bytesTotal > this.limits.eventBytesTotal && this.all.length > 0) this.dropOldestOverall();
    this.compactIfStale();
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
    for (const entry of log.entries.values()) this.markDropped(entry);
    this.logs.delete(sandbox);
  }

  private dropOldest(sandbox: string, log: SandboxLog): void {
    const entry = log.entries.shift();
    if (!entry) return;
    log.bytes -= entry.bytes;
    this.markDropped(entry);
    if (log.entries.length === 0) this.logs.delete(sandbox);
  }

  private dropOldestOverall(): void {
    const entry = this.all.shift();
    if (!entry) return;
    if (entry.dropped) {
      this.droppedInAll--;
      return;
    }
    // Ids only grow, so the oldest event overall is also the oldest of its sandbox.
    const log = this.logs.get(entry.sandbox);
    if (log) this.dropOldest(entry.sandbox, log);
    this.droppedInAll--;
  }

  private markDropped(entry: LogEntry): void {
    if (entry.dropped) return;
    entry.dropped = true;
    entry.data = '';
    this.bytesTotal -= entry.bytes;
    this.droppedInAll++;
  }

  /** Entries dropped per sandbox still sit in the overall queue; sweep them once they dominate it. */
  private compactIfStale(): void {
    if (this.droppedInAll > 1024 && this.droppedInAll * 2 > this.all.length) {
      this.all.compact((entry) => !entry.dropped);
      this.droppedInAll = 0;
    }
  }
}
