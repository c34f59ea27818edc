import type { Policy } from '@cors-playground/engine';
import { sandboxDefaultId, sandboxLabPathParse } from '@cors-playground/protocol';
import { EventLog } from './eventLog.ts';
import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';
import { Sandbox } from './sandbox.ts';

/** No room for a new sandbox: every one is in use or was used too recently to remove. */
export interface SandboxStoreFull {
  full: true;
  /** Why, in a sentence for the participant. */
  reason: string;
  /** When the least recently used sandbox becomes removable. */
  retryAfterSeconds: number;
}

type SandboxStoreLimits = Pick<
  PlaygroundLimits,
  | 'sandboxes'
  | 'sandboxIdleMs'
  | 'eventsPerSandbox'
  | 'eventBytesPerSandbox'
  | 'eventBytesTotal'
  | 'eventValueBytes'
>;

/**
 * All sandboxes of this server, keyed by id. Each has its own live policy and event log; the control
 * plane creates one on first use. The table is bounded: when it is full, the least recently used
 * sandbox that has been idle long enough makes room, and if none has, the newcomer is told to retry.
 */
export class SandboxStore {
  /** Insertion order is use order: every use moves a sandbox to the end, so the first is the LRU. */
  private readonly sandboxes = new Map<string, Sandbox>();
  readonly log: EventLog;

  /**
   * `initialPolicy` makes the policy a new sandbox (by id) starts with. `known` says which ids a lab
   * request may bring back on its own (a workshop participant's, after a restart or an eviction);
   * others are created only through the control plane. Default: none. `defaultPolicy` is what
   * "Restore default" brings back (a workshop participant's sandbox starts with their saved policy
   * instead). Default: the initial policy.
   */
  constructor(
    private readonly initialPolicy: (id: string) => Policy,
    private readonly limits: SandboxStoreLimits,
    private readonly known: (id: string) => boolean = () => false,
    private readonly defaultPolicy: (id: string) => Policy = initialPolicy,
  ) {
    this.log = new EventLog(limits);
    this.sandboxes.set(sandboxDefaultId, this.sandboxCreate(sandboxDefaultId));
  }

  get size(): number {
    return this.sandboxes.size;
  }

  /** The sandbox `id` (which the caller has validated), created with the initial policy if new. */
  sandboxEnsure(id: string): Sandbox | SandboxStoreFull {
    const existing = this.sandboxes.get(id);
    if (existing) {
      this.sandboxTouch(existing);
      return existing;
    }
    if (this.sandboxes.size >= this.limits.sandboxes) {
      const full = this.sandboxEvictIdle();
      if (full) return full;
    }
    const sandbox = this.sandboxCreate(id);
    this.sandboxes.set(id, sandbox);
    return sandbox;
  }

  /**
   * The sandbox a lab API path (or path + query) addresses, its id, and the path as that sandbox
   * sees it; `sandbox` is undefined for an unknown (or removed) sandbox.
   */
  sandboxForPath(target: string): { sandbox: Sandbox | undefined; id: string; path: string } {
    const { sandbox: id, path } = sandboxLabPathParse(target);
    let sandbox = this.sandboxes.get(id);
    if (sandbox) this.sandboxTouch(sandbox);
    else if (this.known(id)) {
      const ensured = this.sandboxEnsure(id);
      sandbox = 'full' in ensured ? undefined : ensured;
    }
    return { sandbox, id, path };
  }

  get sandboxDefault(): Sandbox {
    const sandbox = this.sandboxes.get(sandboxDefaultId);
    if (!sandbox) throw new Error('The default sandbox is missing');
    return sandbox;
  }

  /** Whether `sandbox` is still this store's (not evicted, nor replaced by a newer one of its id). */
  sandboxHolds(sandbox: Sandbox): boolean {
    return this.sandboxes.get(sandbox.id) === sandbox;
  }

  /** Marks a sandbox as just used. */
  sandboxTouch(sandbox: Sandbox): void {
    sandbox.lastUsed = Date.now();
    if (this.sandboxes.get(sandbox.id) !== sandbox) return;
    this.sandboxes.delete(sandbox.id);
    this.sandboxes.set(sandbox.id, sandbox);
  }

  /**
   * Removes sandbox `id` (a participant removed from a workshop): its policy, its log and, with the
   * sandbox object, any challenge state kept for it. Open streams are the caller's to close.
   */
  sandboxRemove(id: string): void {
    if (id === sandboxDefaultId) return;
    this.sandboxes.delete(id);
    this.log.forget(id);
  }

  private sandboxCreate(id: string): Sandbox {
    return new Sandbox(
      id,
      this.initialPolicy(id),
      this.log,
      this.limits.eventValueBytes,
      this.defaultPolicy(id),
    );
  }

  /** Removes the least recently used idle sandbox; says when to retry if none is idle long enough. */
  private sandboxEvictIdle(): SandboxStoreFull | undefined {
    const now = Date.now();
    for (const sandbox of this.sandboxes.values()) {
      // Watched sandboxes are in use; the default one is what plain lab API paths address.
      if (sandbox.id === sandboxDefaultId || sandbox.subscriberCount > 0) continue;
      const idleMs = now - sandbox.lastUsed;
      if (idleMs >= this.limits.sandboxIdleMs) {
        this.sandboxes.delete(sandbox.id);
        this.log.forget(sandbox.id);
        return undefined;
      }
      // The first unwatched sandbox is the least recently used: nobody after it is idle longer.
      return this.sandboxFull(this.limits.sandboxIdleMs - idleMs);
    }
    return this.sandboxFull(this.limits.sandboxIdleMs);
  }

  private sandboxFull(waitMs: number): SandboxStoreFull {
    const minutes = Math.round(this.limits.sandboxIdleMs / 60_000);
    return {
      full: true,
      reason:
        `This playground is full: all ${this.limits.sandboxes} sandboxes are in use, and one is removed ` +
        `only after ${minutes < 1 ? 'a short while' : `${minutes} min`} without use.`,
      retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
    };
  }
}
