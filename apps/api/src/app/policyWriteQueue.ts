/**
 * Policy writes of one sandbox run one at a time, in arrival order, and take a fair share of the
 * event loop: after a write kept the loop busy for `t` ms, the sandbox's next write starts no sooner
 * than `max(gapMinMs, shareFactor × t)` ms later. So a participant's burst of `PUT …/policy`, however
 * many loops send it, gets at most 1 / (1 + shareFactor) of the loop for checking policies and at most
 * 1000 / gapMinMs writes a second (reading each body costs too), and others' requests run between its
 * slices (`policyParseSliced`). A few writes may wait (two tabs of one participant applying at once);
 * one more is refused, and the caller answers `429` with `Retry-After`.
 */
export const policyWriteQueueLimitsDefault = {
  /** Writes of one sandbox that may wait while one is in flight. */
  waitingMax: 2,
  /** How long a sandbox waits after a write, as a multiple of the time the write kept the loop busy. */
  shareFactor: 4,
  /** The least time between two writes of a sandbox, in ms; a person applies far fewer. */
  gapMinMs: 50,
  /** The `Retry-After` of a refused write: the queue drains within a few gaps. */
  retryAfterSeconds: 1,
} as const;

export class PolicyWriteQueue {
  /** Per sandbox with a write in flight (or cooling down): the writes waiting for their turn. */
  private readonly sandboxes = new Map<string, Array<() => void>>();

  constructor(
    /** Writes of one sandbox that may wait while one is in flight. Default 2. */
    private readonly waitingMax: number = policyWriteQueueLimitsDefault.waitingMax,
    /** How long a sandbox waits after a write, as a multiple of the time the write kept the loop busy. Default 4. */
    private readonly shareFactor: number = policyWriteQueueLimitsDefault.shareFactor,
    /** The least time between two writes of a sandbox, in ms; a person applies far fewer. Default 50. */
    private readonly gapMinMs: number = policyWriteQueueLimitsDefault.gapMinMs,
  ) {}

  /**
   * Resolves with `release` when it is this write's turn, or returns undefined at once when
   * `waitingMax` writes of the sandbox already wait. Call `release` once the write is answered, with
   * the milliseconds it kept the event loop busy (0 when it never started).
   */
  enter(sandboxId: string): Promise<(busyMs: number) => void> | undefined {
    const waiting = this.sandboxes.get(sandboxId);
    if (!waiting) {
      this.sandboxes.set(sandboxId, []);
      return Promise.resolve(this.release(sandboxId));
    }
    if (waiting.length >= this.waitingMax) return undefined;
    return new Promise((resolve) => waiting.push(() => resolve(this.release(sandboxId))));
  }

  /** Sandboxes with a write in flight or cooling down (for tests and diagnostics). */
  get busy(): number {
    return this.sandboxes.size;
  }

  private release(sandboxId: string): (busyMs: number) => void {
    let released = false;
    const handOn = () => {
      const next = this.sandboxes.get(sandboxId)?.shift();
      if (next) next();
      else this.sandboxes.delete(sandboxId);
    };
    return (busyMs) => {
      if (released) return;
      released = true;
      const pauseMs = Math.max(this.gapMinMs, busyMs * this.shareFactor);
      if (pauseMs <= 0) return handOn();
      // Never keeps a stopping server alive: the pause is at most a few hundred milliseconds.
      setTimeout(handOn, pauseMs).unref();
    };
  }
}
