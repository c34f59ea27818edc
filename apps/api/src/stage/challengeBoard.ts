import { challengeFind, type ChallengeStage, type Policy } from '@cors-playground/engine';
import type { ChallengeStatus } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';
import { ChallengeProgress } from './challengeProgress.ts';

/** A started challenge as the stage finds it from its token. */
export interface ChallengeRun {
  sandbox: Sandbox;
  progress: ChallengeProgress;
}

/**
 * Every sandbox's challenge progress. Keyed weakly by the sandbox: when the store evicts a sandbox,
 * its challenge goes with it, so the bounds on sandboxes bound this too. The stage finds a run by its
 * token only (never by the sandbox id, which is no secret); the token table holds its sandboxes weakly
 * for the same reason, and forgets a token when its sandbox is collected.
 */
export class ChallengeBoard {
  private readonly progress = new WeakMap<Sandbox, ChallengeProgress>();
  private readonly byToken = new Map<string, WeakRef<Sandbox>>();
  private readonly tokenForget = new FinalizationRegistry<string>((token) => this.byToken.delete(token));

  constructor(
    readonly stage: ChallengeStage,
    /**
     * Hears every verdict the server reaches (a workshop records them as the participant's progress).
     * Default none.
     */
    private readonly verdictListener?: (sandbox: Sandbox, status: ChallengeStatus) => void,
  ) {}

  progressOf(sandbox: Sandbox): ChallengeProgress | undefined {
    return this.progress.get(sandbox);
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
    }
    const progress = new ChallengeProgress(challenge, this.stage);
    const listener = this.verdictListener;
    if (listener) progress.onChange = () => listener(sandbox, progress.status(sandbox.policy));
    this.progress.set(sandbox, progress);
    this.byToken.set(progress.stageToken, new WeakRef(sandbox));
    this.tokenForget.register(sandbox, progress.stageToken, progress);
    sandbox.policyReplace(progress.vulnerablePolicy as Policy);
    return progress;
  }
}
