import { randomBytes } from 'node:crypto';
import {
  challengeAppWorks,
  challengeCollectSolves,
  headerListGet,
  policyParse,
  type Challenge,
  type ChallengeStage,
  type Policy,
  type VictimState,
} from '@cors-playground/engine';
import type { CdnEntry, ChallengeStatus, CollectEntry } from '@cors-playground/protocol';
import { SharedCache } from './sharedCache.ts';

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

/** Random bytes of a stage token: 192 bits, far beyond guessing. */
const stageTokenBytes = 24;

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
  /**
   * What the stage's URLs carry (`/s/<token>/…`) instead of the sandbox id: only the control plane,
   * which knows the participant, hands it out, and each start mints a new one, so a link that got out
   * stops working at the next start.
   */
  readonly stageToken = randomBytes(stageTokenBytes).toString('base64url');
  readonly victim: VictimState;
  readonly vulnerablePolicy: Policy;
  exploit: string;
  readonly collect: CollectEntry[] = [];
  /** The bank's CDN in front of the victim's API, one per run: a restart empties it. */
  readonly cdn = new SharedCache();
  solved = false;
  /**
   * The attack page's template when the prize last arrived: only that exploit, run again, can show
   * the fix blocks it (an edited template that reports nothing would prove nothing).
   */
  private solvedWith: string | null = null;
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
      this.challenge.goal === 'transfer'
        ? moved
        : this.challenge.goal === 'poison'
          ? this.cdnShutsAppOut() !== null
          : challengeCollectSolves(this.challenge, this.victim, body);
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
    if (prize) {
      this.solved = true;
      this.solvedWith = this.exploit;
    }
    const changed = JSON.stringify(policy) !== JSON.stringify(this.vulnerablePolicy);
    if (this.solved && changed && !prize && this.exploit === this.solvedWith) this.blockedAfterFix = true;
    this.onChange?.();
    return entry;
  }

  /**
   * Why the victim's app cannot read the rates through the CDN, or null when it can. The entry the
   * app's request would get decides, fresh or stale: revalidating it keeps its stored headers.
   */
  cdnShutsAppOut(): string | null {
    const app = this.stage.victimApp;
    const entry = this.cdn.lookup({ method: 'GET', path: '/rates', headers: [['origin', app]] });
    const allowed = entry && headerListGet(entry.headers, 'access-control-allow-origin');
    if (!entry || allowed === app || allowed === '*') return null;
    return `The app is broken: the CDN serves the rates with Access-Control-Allow-Origin: ${allowed ?? 'none'}, stored for ${entry.storedFor ?? 'a request without Origin'}.`;
  }

  private cdnEntries(): CdnEntry[] {
    const now = Date.now();
    return this.cdn.list().map((entry) => ({
      path: entry.path,
      storedFor: entry.storedFor,
      allowOrigin: headerListGet(entry.headers, 'access-control-allow-origin'),
      vary: entry.vary.map(([name, value]) => `${name}: ${value ?? '(none)'}`),
      fresh: entry.freshUntil > now,
    }));
  }

  /** What the UI shows. */
  status(policy: Policy): ChallengeStatus {
    const simulated = challengeAppWorks(policy, this.stage, this.victim);
    const cdnProblem = simulated.works ? this.cdnShutsAppOut() : null;
    const app = cdnProblem ? { works: false, problem: cdnProblem } : simulated;
    return {
      challengeId: this.challenge.id,
      stageToken: this.stageToken,
      exploit: this.exploit,
      solved: this.solved,
      blockedAfterFix: this.blockedAfterFix,
      appWorks: app.works,
      appProblem: app.problem,
      complete: this.solved && this.blockedAfterFix && app.works,
      balance: this.victim.balance,
      transfers: this.victim.transfers,
      collect: this.collect,
      cdn: this.cdnEntries(),
    };
  }
}
