import { readFile } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { workshopStateSchema, type WorkshopState, type WorkshopStateStore } from './workshopState.ts';

/**
 * A workshop's state in one JSON file, written atomically (a temporary file renamed over the old one,
 * fsynced), so a crash or a power cut leaves either the old state or the new one, never half of each.
 * Saves are coalesced: a burst of changes (a room joining at once) costs one write per `delayMs`.
 */
export class WorkshopStateFile implements WorkshopStateStore {
  private pending: WorkshopState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    /** How long a save waits for more changes to write them together. Default 200 ms. */
    private readonly delayMs = 200,
  ) {}

  async load(): Promise<WorkshopState | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const parsed = workshopStateSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${this.path} is not a workshop state file (${issue?.path.join('.') || 'top level'}: ${issue?.message}); move it away to start a new workshop.`,
      );
    }
    return parsed.data;
  }

  save(state: WorkshopState): void {
    this.pending = state;
    this.timer ??= setTimeout(() => void this.writePending(), this.delayMs);
  }

  async flush(): Promise<void> {
    if (this.timer) await this.writePending();
    await this.writing;
  }

  private writePending(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const state = this.pending;
    this.pending = undefined;
    if (!state) return this.writing;
    // Serialise now (the state keeps changing), write after the previous write: never two at once.
    const text = `${JSON.stringify(state)}\n`;
    this.writing = this.writing
      .then(() => writeFileAtomic(this.path, text, { mode: 0o600 }))
      .catch((error: unknown) => console.error(`Could not save the workshop to ${this.path}:`, error));
    return this.writing;
  }
}
