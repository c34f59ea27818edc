import { challengeFind, type ChallengeStage, type Policy } from '@cors-playground/engine';
import type { ChallengeAttempts as AttemptRecord } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';
import { ChallengeAttempts } from './challengeAttempts.ts';
import { ChallengeProgress } from './challengeProgress.ts';

/** A started challenge as the stage finds it from its token. */
export interface ChallengeRun {
  sandbox: Sandbox;
  progress: ChallengeProgress;
}

/**
 * Where a sandbox's attempts outlive the server (a workshop's file). Without one they live in the
 * sandbox's memory: a reload keeps them, a restart does not.
 */
export interface ChallengeAttemptsStore {
  /** The attempts kept for `sandbox`, or undefined. */
  load(sandbox: Sandbox): AttemptRecord | undefined;
  save(sandbox: Sandbox, attempts: AttemptRecord): void;
}

/**
 * Every sandbox's challenge runs and attempts. Keyed weakly by the sandbox: when the store evicts a
 * sandbox, its challenge goes with it, so the bounds on sandboxes bound this too. The stage finds a run
 * by its token only (never by the sandbox id, which is no secret); the token table holds its sandboxes
 * weakly for the same reason, and forgets a token when its sandbox is collected.
 */
export class ChallengeBoard {
  private readonly progress = new WeakMap<Sandbox, ChallengeProgress>();
  private readonly attempts = new WeakMap<Sandbox, ChallengeAttempts>();
  private readonly byToken = new Map<string, WeakRef<Sandbox>>();
  private readonly tokenForget = new FinalizationRegistry<string>((token) => this.byToken.delete(token));

  constructor(
    readonly stage: ChallengeStage,
    /** Where attempts are kept beyond the sandbox's memory. Default none. */
    private readonly attemptsStore?: ChallengeAttemptsStore,
  ) {}

  progressOf(sandbox: Sandbox): ChallengeProgress | undefined {
    return this.progress.get(sandbox);
  }

  /**
   * The sandbox's attempts: read through the store when it keeps them (so a reset there is seen at
   * once), else kept in memory with the sandbox.
   */
  attemptsOf(sandbox: Sandbox): ChallengeAttempts {
    const store = this.attemptsStore;
    const kept = store?.load(sandbox);
    if (store && kept)
      return new ChallengeAttempts(this.stage, kept, (record) => store.save(sandbox, record));
    let attempts = this.attempts.get(sandbox);
    if (!attempts) {
      attempts = new ChallengeAttempts(this.stage);
      this.attempts.set(sandbox, attempts);
    }
    return attempts;
  }

  /**
   * The sandbox's policy changed: the running challenge's attempt is re-decided against it (a fix
   * reverted un-fixes). The other challenges keep their verdict: their victim is not running.
   */
  private policyChanged(sandbox: Sandbox): void {
    const running = this.progress.get(sandbox);
    if (running) this.attemptsOf(sandbox).decide(running.challenge.id, sandbox.policy);
  }

  /** The run `token` addresses, or undefined: unknown, or replaced by a later start. */
  runOf(token: string): ChallengeRun | undefined {
    const sandbox = this.byToken.get(token)?.deref();
    const progress = sandbox && this.progress.get(sandbox);
    if (!sandbox || progress?.stageToken !== token) return undefined;
    return { sandbox, progress };
  }

  /**
   * Starts (or restarts) a challenge: fresh secrets, a fresh stage token (the previous one stops
   * working), the vulnerable policy live. Undefined if unknown.
   */
  start(sandbox: Sandbox, challengeId: string): ChallengeProgress | undefined {
    const challenge = challengeFind(challengeId);
    if (!challenge) return undefined;
    const previous = this.progress.get(sandbox);
    if (previous) {
      this.byToken.delete(previous.stageToken);
      this.tokenForget.unregister(previous);
    } else {
      // Once per sandbox: a run replaces the previous one, the listener stays.
      sandbox.policySubscribe(() => this.policyChanged(sandbox));
    }
    const progress = new ChallengeProgress(challenge, this.stage, () => this.attemptsOf(sandbox));
    this.progress.set(sandbox, progress);
    this.byToken.set(progress.stageToken, new WeakRef(sandbox));
    this.tokenForget.register(sandbox, progress.stageToken, progress);
    sandbox.policyReplace(progress.vulnerablePolicy as Policy);
    this.attemptsOf(sandbox).started(challengeId, sandbox.policy);
    return progress;
  }
}
