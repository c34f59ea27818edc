import { workshopSecretCreate, workshopSecretHash, workshopSecretMatches } from './workshopCredential.ts';
import type { WorkshopState } from './workshopState.ts';

/** Bounds of the instructor's credentials; docs/bounds.md states them. */
export interface WorkshopInstructorLimits {
  /** Instructor sessions (browsers) kept at once; a new one ends the oldest. Default 16. */
  sessions: number;
  /** Unused login links kept at once; a new one voids the oldest. Default 16. */
  logins: number;
  /** How long a login link minted from the instructor page stays usable. Default 15 min. */
  loginMs: number;
}

export const workshopInstructorLimitsDefault: Readonly<WorkshopInstructorLimits> = Object.freeze({
  sessions: 16,
  logins: 16,
  loginMs: 15 * 60_000,
});

/**
 * Who the instructor is. A login link (`/workshop/instructor#secret=<token>`) ends up in browser
 * history, so its token works once: the instructor page trades it for a random session secret in an
 * HttpOnly cookie, and the token is spent. Sessions are kept (as hashes) in the room's state, so a
 * restart keeps the instructor logged in; unused login tokens live in memory only, so every start
 * prints a fresh one and an old one found in a history is worth nothing.
 */
export class WorkshopInstructor {
  /** Hash of an unused login token → when it stops working (never, for the one printed at start). */
  private readonly logins = new Map<string, number>();
  /** Told when the link without expiry (the terminal's) is spent or voided: the terminal needs another. */
  private readonly terminalListeners = new Set<() => void>();

  constructor(
    private readonly state: WorkshopState,
    private readonly changed: () => void,
    private readonly limits: WorkshopInstructorLimits = workshopInstructorLimitsDefault,
  ) {}

  /** A new single-use login token, usable for `ttlMs` (default: until used or the server stops). */
  loginCreate(ttlMs = Number.POSITIVE_INFINITY): string {
    const token = workshopSecretCreate();
    this.logins.set(workshopSecretHash(token), Date.now() + ttlMs);
    for (const hash of this.logins.keys()) {
      if (this.logins.size <= this.limits.logins) break;
      this.logins.delete(hash);
    }
    return token;
  }

  /** A login link's token for the instructor page's "new login link" (expires). */
  loginCreateShortLived(): { token: string; expiresAt: number } {
    const token = this.loginCreate(this.limits.loginMs);
    return { token, expiresAt: Date.now() + this.limits.loginMs };
  }

  /** Spends `token` and answers a new session secret, or undefined for a wrong, used or expired token. */
  loginConsume(token: string | undefined): string | undefined {
    const hash = workshopInstructorMatch(token, this.logins.keys());
    if (hash === undefined) return undefined;
    const expiresAt = this.logins.get(hash) ?? 0;
    this.logins.delete(hash);
    if (expiresAt < Date.now()) return undefined;
    const session = this.sessionCreate();
    if (expiresAt === Number.POSITIVE_INFINITY) this.terminalListeners.forEach((listener) => listener());
    return session;
  }

  /**
   * Calls `listener` once the terminal's login link is spent or voided, so the terminal can show the
   * next one: a browser that loses its session later then needs no restart. Returns the unsubscribe.
   */
  onTerminalLinkSpent(listener: () => void): () => void {
    this.terminalListeners.add(listener);
    return () => this.terminalListeners.delete(listener);
  }

  /** Whether `secret` is a live instructor session. */
  sessionIs(secret: string | undefined): boolean {
    return workshopInstructorMatch(secret, this.sessions) !== undefined;
  }

  /**
   * Ends every instructor session and voids every login link (a link or a cookie leaked), then opens
   * one new session for the instructor who asked and answers its secret.
   */
  rotate(): string {
    this.logins.clear();
    this.state.instructorSessions = [];
    const session = this.sessionCreate();
    this.terminalListeners.forEach((listener) => listener());
    return session;
  }

  private get sessions(): string[] {
    return this.state.instructorSessions ?? [];
  }

  private sessionCreate(): string {
    const secret = workshopSecretCreate();
    const sessions = [...this.sessions, workshopSecretHash(secret)];
    this.state.instructorSessions = sessions.slice(-this.limits.sessions);
    this.changed();
    return secret;
  }
}

/**
 * The hash among `hashes` that `secret` hashes to, comparing with every one in constant time (no
 * early exit), so neither which one matched nor how much of it did shows in the answer's timing.
 */
function workshopInstructorMatch(secret: string | undefined, hashes: Iterable<string>): string | undefined {
  let found: string | undefined;
  for (const hash of hashes) if (workshopSecretMatches(secret, hash)) found = hash;
  return found;
}
