/** Sends a sandbox keeps open at once: a few tabs on one sandbox; the oldest open one is forgotten first. */
export const sandboxSendsOpenMax = 8;

/**
 * The playground Sends open in one sandbox, by token, with how many requests each was given. A request
 * belongs to the Send opened last: the browser's requests carry nothing of the tab's, so two tabs
 * sending into one sandbox at the same instant cannot be told apart (each tab has its own by default).
 */
export class SandboxSends {
  private readonly counts = new Map<string, number>();
  private current: string | null = null;

  /** Requests from now on are `token`'s (re-opening an open token starts its count again). */
  open(token: string): void {
    this.counts.delete(token);
    if (this.counts.size >= sandboxSendsOpenMax) {
      const oldest = this.counts.keys().next().value;
      if (oldest !== undefined) this.counts.delete(oldest);
    }
    this.counts.set(token, 0);
    this.current = token;
  }

  /** The token a request arriving now is stamped with, counted for it; undefined when no Send is open. */
  stamp(): string | undefined {
    const token = this.current;
    if (token === null) return undefined;
    this.counts.set(token, (this.counts.get(token) ?? 0) + 1);
    return token;
  }

  /** Closes `token`: how many requests it was given, or undefined when it is not open. */
  close(token: string): number | undefined {
    const count = this.counts.get(token);
    this.counts.delete(token);
    if (this.current === token) this.current = null;
    return count;
  }
}
