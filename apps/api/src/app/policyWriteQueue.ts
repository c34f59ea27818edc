/**
 * Policy writes of one sandbox run one at a time, in arrival order, so that a participant's burst of
 * `PUT …/policy` never has the server check many of their policies at once: each check takes its
 * turn, and other participants' requests run between its slices (`policyParseSliced`). A few writes
 * may wait (two tabs of one participant applying at once); one more is refused, and the caller answers
 * `429` with `Retry-After`.
 */
export class PolicyWriteQueue {
  /** Per sandbox with a write in flight: the writes waiting for their turn. */
  private readonly sandboxes = new Map<string, Array<() => void>>();

  constructor(
    /** Writes of one sandbox that may wait while one is in flight. Default 2. */
    private readonly waitingMax = 2,
  ) {}

  /**
   * Resolves with `release` (call it once the write is answered) when it is this write's turn, or
   * returns undefined at once when `waitingMax` writes of the sandbox already wait.
   */
  enter(sandboxId: string): Promise<() => void> | undefined {
    const waiting = this.sandboxes.get(sandboxId);
    if (!waiting) {
      this.sandboxes.set(sandboxId, []);
      return Promise.resolve(this.release(sandboxId));
    }
    if (waiting.length >= this.waitingMax) return undefined;
    return new Promise((resolve) => waiting.push(() => resolve(this.release(sandboxId))));
  }

  /** Sandboxes with a write in flight (for tests and diagnostics). */
  get busy(): number {
    return this.sandboxes.size;
  }

  private release(sandboxId: string): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.sandboxes.get(sandboxId)?.shift();
      if (next) next();
      else this.sandboxes.delete(sandboxId);
    };
  }
}
