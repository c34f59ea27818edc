import { randomBytes } from 'node:crypto';
import {
  challengeAppWorks,
  challengeCollectSolves,
  policyParse,
  type Challenge,
  type ChallengeStage,
  type Policy,
  type VictimState,
} from '@cors-playground/engine';
import type { ChallengeStatus, CollectEntry } from '@cors-playground/protocol';

/** Bounds of one sandbox's challenge (docs/bounds.md). */
export const challengeLimits = {
  /** Collect-log entries kept (oldest dropped). */
  collectEntries: 50,
  /** Characters of one collected body kept. */
  collectBodyChars: 2048,
  /** Characters of an attack page template. */
  exploitChars: 16 * 1024,
  /** Transfers the victim's account remembers. */
  transfers: 50,
};

function challengeSecret(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url')}`;
}

function challengePolicy(challenge: Challenge, stage: ChallengeStage): Policy {
  const parsed = policyParse(challenge.vulnerablePolicy(stage));
  if (!parsed.ok) throw new Error(`Challenge ${challenge.id} has an invalid policy`);
  return parsed.policy;
}

/**
 * One sandbox's run of one challenge: the victim's account (fresh secrets), the attack page's
 * template, the attacker's collect log, and what the server has seen: solved (the prize reached the
 * attacker, or a transfer the app did not make happened), then blocked after a policy change.
 */
export class ChallengeProgress {
  readonly victim: VictimState;
  readonly vulnerablePolicy: Policy;
  exploit: string;
  readonly collect: CollectEntry[] = [];
  solved = false;
  /** A run after the policy changed reported without the prize (or moved no money). */
  blockedAfterFix = false;
  /** Called after the server saw something that may change the verdict (set by the board). */
  onChange: (() => void) | undefined;
  private nextCollectId = 1;
  /** Transfers the app did not make, counted at the last report (a run that adds none was blocked). */
  private foreignTransfersAtReport = 0;

  constructor(
    readonly challenge: Challenge,
    private readonly stage: ChallengeStage,
  ) {
    this.victim = {
      sessionToken: challengeSecret('sess'),
      apiKey: challengeSecret('sk_live'),
      internalSecret: challengeSecret('int'),
      balance: 1000,
      transfers: [],
    };
    this.vulnerablePolicy = challengePolicy(challenge, stage);
    this.exploit = challenge.exploit;
  }

  private get foreignTransfers(): number {
    return this.victim.transfers.filter((transfer) => transfer.origin !== this.stage.victimApp).length;
  }

  /** After the victim's API answered: a transfer the app did not ask for solves a transfer challenge. */
  transfersCheck(): void {
    const transfers = this.victim.transfers;
    if (transfers.length > challengeLimits.transfers)
      transfers.splice(0, transfers.length - challengeLimits.transfers);
    if (this.challenge.goal === 'transfer' && this.foreignTransfers > this.foreignTransfersAtReport) {
      this.solved = true;
    }
    this.onChange?.();
  }

  /** Something reached the attacker's collect endpoint; `policy` is the victim API's live one. */
  collectRecord(origin: string | null, host: string, body: string, policy: Policy): CollectEntry {
    // A transfer challenge's report is the prize when money moved since the previous report.
    const moved = this.foreignTransfers > this.foreignTransfersAtReport;
    this.foreignTransfersAtReport = this.foreignTransfers;
    const prize =
      this.challenge.goal === 'transfer' ? moved : challengeCollectSolves(this.challenge, this.victim, body);
    const entry: CollectEntry = {
      id: this.nextCollectId++,
      time: Date.now(),
      origin,
      host,
      body: body.slice(0, challengeLimits.collectBodyChars),
      prize,
    };
    this.collect.push(entry);
    if (this.collect.length > challengeLimits.collectEntries) this.collect.shift();
    if (prize) this.solved = true;
    const changed = JSON.stringify(policy) !== JSON.stringify(this.vulnerablePolicy);
    if (this.solved && changed && !prize) this.blockedAfterFix = true;
    this.onChange?.();
    return entry;
  }

  /** What the UI shows. */
  status(policy: Policy): ChallengeStatus {
    const app = challengeAppWorks(policy, this.stage, this.victim);
    return {
      challengeId: this.challenge.id,
      exploit: this.exploit,
      solved: this.solved,
      blockedAfterFix: this.blockedAfterFix,
      appWorks: app.works,
      appProblem: app.problem,
      complete: this.solved && this.blockedAfterFix && app.works,
      balance: this.victim.balance,
      transfers: this.victim.transfers,
      collect: this.collect,
    };
  }
}
