import type { Policy } from '@cors-playground/engine';
import type { PolicyHistoryEntry } from '@cors-playground/protocol';

/** How much one sandbox's policy history keeps (docs/bounds.md states them). */
export interface PolicyHistoryLimits {
  /** Policies kept; the oldest goes first. Default 20. */
  entries: number;
  /** Bytes of policy JSON kept over all entries; the oldest go until it fits. Default 128 KiB. */
  bytes: number;
}

export const policyHistoryLimitsDefault: PolicyHistoryLimits = { entries: 20, bytes: 128 * 1024 };

interface PolicyHistoryItem {
  entry: PolicyHistoryEntry;
  bytes: number;
}

/**
 * The policies a sandbox had before its live one, newest first, each with what replaced it and when:
 * no replacement (a preset, a lesson's "Try it", a challenge's start) loses a policy without a way back.
 */
export class PolicyHistory {
  private readonly items: PolicyHistoryItem[] = [];
  private nextId = 1;
  private totalBytes = 0;
  /** What set the live policy; consecutive changes by the same hand (typing) keep one entry. */
  private liveBy: string | undefined;

  constructor(private readonly limits: PolicyHistoryLimits = policyHistoryLimitsDefault) {}

  /**
   * Records that `previous` stopped being live because `by` replaced it with `next`; `isDefault` says
   * whether `previous` was the sandbox's default policy.
   */
  record(previous: Policy, next: Policy, by: string, isDefault: boolean): void {
    const sameHand = this.liveBy === by;
    this.liveBy = by;
    const text = JSON.stringify(previous);
    if (sameHand || text === JSON.stringify(next)) return;
    const entry: PolicyHistoryEntry = {
      id: this.nextId++,
      policy: previous,
      replacedAt: Date.now(),
      replacedBy: by,
      isDefault,
    };
    const item = { entry, bytes: Buffer.byteLength(text) };
    this.items.unshift(item);
    this.totalBytes += item.bytes;
    while (
      this.items.length > this.limits.entries ||
      (this.totalBytes > this.limits.bytes && this.items.length > 1)
    ) {
      const dropped = this.items.pop();
      if (dropped) this.totalBytes -= dropped.bytes;
    }
  }

  /** Newest first. */
  get entries(): PolicyHistoryEntry[] {
    return this.items.map((item) => item.entry);
  }

  entryFind(id: number): PolicyHistoryEntry | undefined {
    return this.items.find((item) => item.entry.id === id)?.entry;
  }
}
