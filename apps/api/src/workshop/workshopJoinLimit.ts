/** How fast one address may join; docs/bounds.md and docs/workshop.md state the numbers. */
export interface WorkshopJoinLimits {
  /** Joins an address may make at once (a row of people scanning the QR code). Default 60. */
  burst: number;
  /**
   * Joins per second an address regains after its burst. With the burst, a 500-person room behind
   * one NAT address is in within 60 + 440 / 4 = 110 s. Default 4.
   */
  perSecond: number;
  /**
   * Addresses remembered at once. An address whose bucket is full again is forgotten first; past
   * this, the longest-remembered one is. Default 10,000.
   */
  addresses: number;
}

export const workshopJoinLimitsDefault: Readonly<WorkshopJoinLimits> = Object.freeze({
  burst: 60,
  perSecond: 4,
  addresses: 10_000,
});

interface WorkshopJoinBucket {
  tokens: number;
  at: number;
}

/** A join allowed, or refused with when to try again. */
export type WorkshopJoinVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A token bucket per remote address for joining a workshop, so one client cannot fill the room in a
 * second: each join takes a token, an address holds at most `burst` and regains `perSecond`. Generous
 * on purpose: a whole room may share one NAT address; the instructor's "remove" handles the rest.
 */
export class WorkshopJoinLimit {
  private readonly buckets = new Map<string, WorkshopJoinBucket>();

  constructor(private readonly limits: WorkshopJoinLimits = workshopJoinLimitsDefault) {}

  /** Takes a join token for `address`, or says how long until it has one. */
  take(address: string, now = Date.now()): WorkshopJoinVerdict {
    const bucket = this.buckets.get(address) ?? this.bucketNew(now);
    bucket.tokens = Math.min(
      this.limits.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond,
    );
    bucket.at = now;
    this.buckets.set(address, bucket);
    if (bucket.tokens < 1) {
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.limits.perSecond)),
      };
    }
    bucket.tokens -= 1;
    return { ok: true };
  }

  private bucketNew(now: number): WorkshopJoinBucket {
    if (this.buckets.size >= this.limits.addresses) this.forget(now);
    return { tokens: this.limits.burst, at: now };
  }

  /** Forgets addresses whose bucket has refilled (they lose nothing), else the longest-remembered one. */
  private forget(now: number): void {
    const refillMs = (this.limits.burst / this.limits.perSecond) * 1000;
    for (const [address, bucket] of this.buckets) {
      if (now - bucket.at >= refillMs) this.buckets.delete(address);
    }
    const oldest = this.buckets.keys().next();
    if (this.buckets.size >= this.limits.addresses && !oldest.done) this.buckets.delete(oldest.value);
  }
}
