/**
 * Policy writes of one sandbox run one at a time, in arrival order, and take a fair share of the
 * event loop: after a write kept the loop busy for `t` ms, the sandbox's next write starts no sooner
 * than `max(gapMinMs, shareFactor × t)` ms later. So a participant's burst of `PUT …/policy`, however
 * many loops send it, gets at most 1 / (1 + shareFactor) of the loop for checking policies and at most
 * 1000 / gapMinMs writes a second (reading each body costs too), and others' requests run between its
 * slices (`policyParseSliced`). A few writes may wait (two tabs of one participant applying at once);
 * one more is refused, and the caller answers `429` with `Retry-After`.
 */
export interface PolicyWriteQueueLimits {
  /** Writes of one sandbox that may wait while one is in flight. */
  waitingMax: number;
  /** How long a sandbox waits after a write, as a multiple of the time the write kept the loop busy. */
  shareFactor: number;
  /** The least time between two writes of a sandbox, in ms; a person applies far fewer. */
  gapMinMs: number;
  /** The `Retry-After` of a refused write: the queue drains within a few gaps. */
  retryAfterSeconds: number;
}

/** The defaults: 2 waiting, 4 × the busy time, 50 ms apart at least, `Retry-After: 1`. */
export const policyWriteQueueLimitsDefault: Readonly<PolicyWriteQueueLimits> = {
  waitingMax: 2,
  shareFactor: 4,
  gapMinMs: 50,
  retryAfterSeconds: 1,
};

export class PolicyWriteQueue {
  /** Per sandbox with a write in flight (or cooling down): the writes waiting for their turn. */
  private readonly sandboxes = new Map<string, Array<() => void>>();

  /** `limits`: default `policyWriteQueueLimitsDefault`. */
  constructor(private readonly limits: Readonly<PolicyWriteQueueLimits> = policyWriteQueueLimitsDefault) {}

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
    if (waiting.length >= this.limits.waitingMax) return undefined;
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
      const pauseMs = Math.max(this.limits.gapMinMs, busyMs * this.limits.shareFactor);
      if (pauseMs <= 0) return handOn();
      // Never keeps a stopping server alive: the pause is at most a few hundred milliseconds.
      setTimeout(handOn, pauseMs).unref();
    };
  }
}
