import { challengeFind, type ChallengeStage, type Policy } from '@cors-playground/engine';
import type { ChallengeStatus } from '@cors-playground/protocol';
import type { Sandbox } from '../sandbox/sandbox.ts';
import { ChallengeProgress } from './challengeProgress.ts';

/**
 * Every sandbox's challenge progress. Keyed weakly by the sandbox: when the store evicts a sandbox,
 * its challenge goes with it, so the bounds on sandboxes bound this too.
 */
export class ChallengeBoard {
  private readonly progress = new WeakMap<Sandbox, ChallengeProgress>();

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

  /** Starts (or restarts) a challenge: fresh secrets, the vulnerable policy live. Undefined if unknown. */
  start(sandbox: Sandbox, challengeId: string): ChallengeProgress | undefined {
    const challenge = challengeFind(challengeId);
    if (!challenge) return undefined;
    const progress = new ChallengeProgress(challenge, this.stage);
    const listener = this.verdictListener;
    if (listener) progress.onChange = () => listener(sandbox, progress.status(sandbox.policy));
    this.progress.set(sandbox, progress);
    sandbox.policyReplace(progress.vulnerablePolicy as Policy);
    return progress;
  }
}
