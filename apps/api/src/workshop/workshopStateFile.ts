import { open, readFile, type FileHandle } from 'node:fs/promises';
import { workshopFileReplace, workshopFileTempsRemove } from './workshopFileReplace.ts';
import {
  workshopJournalLine,
  workshopJournalReplay,
  workshopStateEncode,
  workshopStateHead,
  type WorkshopEncoded,
} from './workshopStateEncode.ts';
import {
  workshopStateSchema,
  type WorkshopParticipant,
  type WorkshopState,
  type WorkshopStateStore,
} from './workshopState.ts';
import { workshopWaiters, type WorkshopWaiters } from './workshopWaiters.ts';

/** After a failed write, the next try waits this long: a full disk is not retried in a busy loop. */
const retryMs = 1000;
/** The journal is folded into the state file once it is this large, or larger than the file. */
export const workshopJournalBytesMin = 1024 * 1024;

/**
 * What the file promises: a change is on disk at most this long after it was acknowledged (the
 * constructor's `delayMs` plus a write's time). `pnpm bench` measures it (workshopSave.bench.ts).
 */
export const workshopStateFileDueMs = 200;

/**
 * A workshop's state in a JSON file (`path`, replaced atomically and durably) and a journal beside it
 * (`<path>.journal`): a change appends the participants it touched to the journal and fsyncs it, so a
 * save costs what changed, not the room (500 participants with 30 KB policies make a 15 MB file). The
 * journal is folded into a new state file once it outgrows it. One write runs at a time and at most
 * one waits behind it, holding every change made meanwhile, so saves never fall behind a burst.
 */
export class WorkshopStateFile implements WorkshopStateStore {
  readonly journalPath: string;
  private state: WorkshopState | undefined;
  private readonly encoded: WorkshopEncoded = new WeakMap();
  private readonly changed = new Set<WorkshopParticipant>();
  /** The participants the file and its journal hold: a journal can add and change them, not remove. */
  private onDisk = new Set<WorkshopParticipant>();
  /** The next write replaces the state file (at start, after a failure, or a change it was not told). */
  private rewrite = true;
  private generation = 0;
  private journal: FileHandle | undefined;
  private journalBytes = 0;
  private fileBytes = 0;
  /** The state's fields but participants as the disk has them, so a journal line repeats them only on change. */
  private headWritten: string | undefined;
  /** When the oldest change not yet being written was made; undefined when there is none. */
  private dirtySince: number | undefined;
  private failedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  /** Whoever waits for the next write to start (it will hold every change made so far). */
  private next: WorkshopWaiters | undefined;
  private written = false;
  private errorLast: string | undefined;

  constructor(
    readonly path: string,
    /** How long a change waits for more changes to be written with them. Default 50 ms. */
    private readonly delayMs = 50,
    /** Where write failures (once per distinct error) and recoveries are told. Default `console.error`. */
    private readonly log: (line: string) => void = console.error,
  ) {
    this.journalPath = `${path}.journal`;
  }

  /** The last write's error while writes fail (`undefined` once one succeeds). */
  get error(): string | undefined {
    return this.errorLast;
  }

  /** The saved state (undefined when there is no file yet), after removing temporary files crashes left. */
  async load(): Promise<WorkshopState | undefined> {
    await workshopFileTempsRemove(this.path, this.journalPath);
    const text = await workshopFileRead(this.path);
    if (text === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${this.path} is not JSON; move it away to start a new workshop.`);
    }
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
      const replayed = workshopJournalReplay(
        json as Record<string, unknown>,
        await workshopFileRead(this.journalPath),
      );
      json = replayed.state;
      this.generation = replayed.generation;
    }
    const parsed = workshopStateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${this.path} is not a workshop state file (${issue?.path.join('.') || 'top level'}: ${issue?.message}); move it away to start a new workshop.`,
      );
    }
    return parsed.data;
  }

  save(state: WorkshopState, changed?: readonly WorkshopParticipant[]): void {
    this.state = state;
    if (!changed) this.rewrite = true;
    for (const participant of changed ?? state.participants) {
      this.encoded.delete(participant);
      this.changed.add(participant);
    }
    this.dirtySince ??= Date.now();
    this.schedule();
  }

  durable(): Promise<void> {
    this.next ??= workshopWaiters();
    const { promise } = this.next;
    if (!this.writing) this.writeStart();
    return promise;
  }

  async flush(): Promise<void> {
    if (this.dirtySince !== undefined) await this.durable().catch(() => undefined);
    await this.writing;
    await this.journal?.close();
    this.journal = undefined;
  }

  private schedule(): void {
    if (this.timer || this.writing || this.dirtySince === undefined) return;
    const at = Math.max(this.dirtySince + this.delayMs, this.failedAt + retryMs);
    // Unref'd: a pending save never keeps the process alive (closing the playground flushes).
    this.timer = setTimeout(() => this.writeStart(), Math.max(0, at - Date.now())).unref();
  }

  private writeStart(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const waiters = this.next;
    this.next = undefined;
    const state = this.state;
    if (!state) {
      waiters?.reject(new Error('Nothing to save yet.'));
      return;
    }
    // Encoded now, as the callers saw the state; changes made during the write go in the next one.
    const write = this.writePrepare(state);
    this.dirtySince = undefined;
    this.writing = write()
      .then(
        () => {
          if (this.errorLast) this.log(`Saved the workshop to ${this.path} again.`);
          this.errorLast = undefined;
          this.written = true;
          waiters?.resolve();
        },
        (error: unknown) => {
          const reason = workshopErrorReason(error);
          this.failed(reason);
          // The journal may end with part of a line now: the next write replaces the file instead.
          this.rewrite = true;
          this.dirtySince ??= Date.now();
          waiters?.reject(new Error(reason));
        },
      )
      .finally(() => {
        this.writing = undefined;
        if (this.next) this.writeStart();
        else this.schedule();
      });
  }

  private writePrepare(state: WorkshopState): () => Promise<void> {
    const head = workshopStateHead(state);
    const present = new Set(state.participants);
    const changed = [...this.changed].filter((participant) => present.has(participant));
    this.changed.clear();
    const removed = [...this.onDisk].some((participant) => !present.has(participant));
    if (this.rewrite || removed || this.journalBytes > Math.max(this.fileBytes, workshopJournalBytesMin)) {
      this.rewrite = false;
      const generation = this.generation + 1;
      const data = workshopStateEncode(state, this.encoded, generation);
      return async () => {
        await this.fileReplace(data, generation, head);
        this.onDisk = present;
      };
    }
    const line = workshopJournalLine(changed, this.encoded, head === this.headWritten ? undefined : head);
    return async () => {
      await this.journalAppend(line, head);
      for (const participant of changed) this.onDisk.add(participant);
    };
  }

  private async fileReplace(data: Buffer, generation: number, head: string): Promise<void> {
    await this.journal?.close();
    this.journal = undefined;
    await workshopFileReplace(this.path, data);
    // From here the old journal no longer follows the file (another generation): it is ignored.
    const header = Buffer.from(`${JSON.stringify({ generation })}\n`);
    await workshopFileReplace(this.journalPath, header);
    this.generation = generation;
    this.fileBytes = data.length;
    this.journalBytes = header.length;
    this.headWritten = head;
  }

  private async journalAppend(line: Buffer, head: string): Promise<void> {
    this.journal ??= await open(this.journalPath, 'a', 0o600);
    await this.journal.write(line);
    await this.journal.datasync();
    this.journalBytes += line.length;
    this.headWritten = head;
  }

  private failed(reason: string): void {
    this.failedAt = Date.now();
    if (reason === this.errorLast) return;
    this.errorLast = reason;
    // Before the first write succeeds, the start itself fails and says why.
    if (!this.written) return;
    this.log(
      `\n!!! Could not save the workshop to ${this.path}: ${reason}\n` +
        '!!! Until it works again, joins are refused and changes live only in memory (a restart loses them).\n',
    );
  }
}

/** What went wrong, without the temporary file's name (which changes on every try). */
function workshopErrorReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '[^']*'(?: -> '[^']*')?$/, '');
}

async function workshopFileRead(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
