import {
  challengeAppWorks,
  challengeFind,
  challengeReplayLeaks,
  type ChallengeStage,
  type Policy,
  type VictimState,
} from '@cors-playground/engine';
import type {
  ChallengeAttempt,
  ChallengeAttempts as AttemptRecord,
  ChallengeEvidence,
} from '@cors-playground/protocol';

/** A victim for the "does the app still work" check: its secrets play no part in the verdict. */
const appCheckVictim: VictimState = {
  sessionToken: 'app-check-session',
  apiKey: 'app-check-key',
  internalSecret: 'app-check-internal',
  balance: 1000,
  transfers: [],
};

/**
 * One sandbox's attempts, one per challenge: the only place progress is decided. `exploited` comes
 * from the stage (a request the victim's API received from an attacker seat, then the prize at the
 * attacker); `fixed` is re-decided from the policy alone, by replaying that request in the engine.
 */
export class ChallengeAttempts {
  private readonly attempts: Map<string, ChallengeAttempt>;

  constructor(
    private readonly stage: ChallengeStage,
    /** Attempts kept from before (a workshop's file). Default none. */
    initial: AttemptRecord = {},
    /** Hears every change (a workshop saves it). Default none. */
    private readonly onChange?: (attempts: AttemptRecord) => void,
  ) {
    this.attempts = new Map(Object.entries(initial));
  }

  /** Every attempt by challenge id. */
  get all(): AttemptRecord {
    return Object.fromEntries(this.attempts);
  }

  of(challengeId: string): ChallengeAttempt | undefined {
    return this.attempts.get(challengeId);
  }

  /** A start: a new attempt, or the same one re-decided against the vulnerable policy now live. */
  started(challengeId: string, policy: Policy): void {
    if (!this.attempts.has(challengeId)) {
      this.attempts.set(challengeId, { state: 'started', startedAt: Date.now() });
      this.onChange?.(this.all);
    }
    this.decide(challengeId, policy);
  }

  /**
   * The stage saw the exploit work under the live policy: this request is the evidence, and what every
   * later policy is tried against. No replay now: a browser just proved the policy leaks (a preflight
   * it cached under an older policy, say), whatever the engine's fresh browser would do.
   */
  exploited(challengeId: string, evidence: ChallengeEvidence): void {
    const { fixedAt: _dropped, ...attempt } = this.attempts.get(challengeId) ?? {
      state: 'started',
      startedAt: evidence.at,
    };
    this.attempts.set(challengeId, {
      ...attempt,
      state: 'exploited',
      exploitedAt: attempt.exploitedAt ?? evidence.at,
      evidence,
    });
    this.onChange?.(this.all);
  }

  /**
   * Re-decides `challengeId` against `policy`: fixed when the winning exploit, replayed, no longer hurts
   * the victim and the victim's app still works; exploited again when it does (a reverted fix).
   */
  decide(challengeId: string, policy: Policy): void {
    const attempt = this.attempts.get(challengeId);
    const challenge = challengeFind(challengeId);
    if (!attempt?.evidence || !challenge) return;
    const { evidence } = attempt;
    const leaks = challengeReplayLeaks(challenge, policy, this.stage, {
      origin: evidence.origin,
      method: evidence.requestLine.split(' ')[0] ?? 'GET',
      url: `${this.stage.victimApi}${evidence.requestLine.split(' ')[1] ?? '/'}`,
      headers: evidence.headers,
      body: evidence.body,
      sessionTravelled: evidence.sessionTravelled,
    });
    const fixed = !leaks && challengeAppWorks(policy, this.stage, appCheckVictim).works;
    if (fixed === (attempt.state === 'fixed')) return;
    const { fixedAt: _dropped, ...unfixed } = attempt;
    const next: ChallengeAttempt = fixed
      ? { ...attempt, state: 'fixed', fixedAt: Date.now() }
      : { ...unfixed, state: 'exploited' };
    this.attempts.set(challengeId, next);
    this.onChange?.(this.all);
  }
}
