import { randomBytes } from 'node:crypto';
import {
  challengeAppWorks,
  challengeCollectSolves,
  headerListGet,
  policyParse,
  victimIsLoggedIn,
  type Challenge,
  type ChallengeStage,
  type Policy,
  type ServerRequest,
  type ServerResponse,
  type VictimState,
} from '@cors-playground/engine';
import type { CdnEntry, ChallengeEvidence, ChallengeStatus, CollectEntry } from '@cors-playground/protocol';
import type { ChallengeAttempts } from './challengeAttempts.ts';
import { challengeEvidence } from './challengeEvidence.ts';
import { SharedCache } from './sharedCache.ts';

const collectBodyChars = 2048;

/** Bounds of one sandbox's challenge (docs/bounds.md). */
export const challengeLimits = {
  /** Collect-log entries kept (oldest dropped). */
  collectEntries: 50,
  /** Characters of one collected body kept. */
  collectBodyChars,
  /** Bytes of a collected body read: enough for the kept characters at 4 UTF-8 bytes each. */
  collectBodyReadBytes: 4 * collectBodyChars,
  /** Characters of an attack page template. */
  exploitChars: 16 * 1024,
  /** Transfers the victim's account remembers. */
  transfers: 50,
};

/** Random bits of a stage token: far beyond guessing, and a whole number of base64url characters. */
export const stageTokenBits = 192;

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
 * template, the attacker's collect log, and what the stage saw that makes the attempt `exploited`: a
 * request from an attacker seat's origin that the victim's API answered with the prize, then the prize
 * at the attacker (or a transfer the app did not make, or a CDN answer that shuts the app out).
 */
export class ChallengeProgress {
  /**
   * What the stage's URLs carry (`/s/<token>/…`) instead of the sandbox id: only the control plane,
   * which knows the participant, hands it out, and each start mints a new one, so a link that got out
   * stops working at the next start.
   */
  readonly stageToken = randomBytes(stageTokenBits / 8).toString('base64url');
  readonly victim: VictimState;
  readonly vulnerablePolicy: Policy;
  exploit: string;
  readonly collect: CollectEntry[] = [];
  /** The bank's CDN in front of the victim's API, one per run: a restart empties it. */
  readonly cdn = new SharedCache();
  /**
   * The last request from an attacker seat that the API answered with the prize (or sent through the
   * CDN): it becomes the evidence once the prize reaches the attacker. A request without an attacker's
   * `Origin` (curl, a script) never does.
   */
  private candidate: ChallengeEvidence | null = null;
  private nextCollectId = 1;
  /** Transfers the app did not make, counted at the last report (a run that adds none was blocked). */
  private foreignTransfersAtReport = 0;

  constructor(
    readonly challenge: Challenge,
    private readonly stage: ChallengeStage,
    /** The sandbox's attempts as they stand now: the run reports an exploit there. */
    private readonly attempts: () => ChallengeAttempts,
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

  /**
   * After the victim's API answered `request` (`path`: after the stage token). A
   * request from an attacker seat that got the prize is kept as the candidate evidence; a transfer the
   * app did not make, from an attacker seat, exploits a transfer challenge at once.
   */
  apiAnswered(
    request: ServerRequest,
    path: string,
    response: ServerResponse,
    /** How many transfers the account held before the API answered. */
    transfersBefore: number,
  ): void {
    const transfers = this.victim.transfers;
    const movedNow = transfers.length > transfersBefore;
    if (transfers.length > challengeLimits.transfers)
      transfers.splice(0, transfers.length - challengeLimits.transfers);
    const evidence = challengeEvidence(this.stage, request, path, victimIsLoggedIn(this.victim, request));
    if (evidence) {
      const readable = [response.body ?? '', ...response.headers.map(([, value]) => value)];
      if (this.challenge.goal === 'transfer') {
        if (movedNow && transfers.at(-1)?.origin === evidence.origin) {
          this.attempts().exploited(this.challenge.id, evidence);
        }
      } else if (this.challenge.goal === 'poison') {
        if (headerListGet(request.headers, 'via') !== null) this.candidate = evidence;
      } else if (
        this.seatMayRead(response, evidence) &&
        readable.some((text) => challengeCollectSolves(this.challenge, this.victim, text))
      ) {
        this.candidate = evidence;
      }
    }
  }

  /** Whether the answer's CORS headers let the seat's page read it (else the browser hid it). */
  private seatMayRead(response: ServerResponse, evidence: ChallengeEvidence): boolean {
    const allowed = headerListGet(response.headers, 'access-control-allow-origin');
    return allowed === evidence.origin || (allowed === '*' && !evidence.sessionTravelled);
  }

  /** Something reached the attacker's collect endpoint. */
  collectRecord(origin: string | null, host: string, body: string): CollectEntry {
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
    // What the page reports proves nothing by itself ("blocked" included): only a prize the API
    // handed an attacker seat counts.
    // One answer, one exploit: a later report (a copy the CDN still serves) needs a request of its own.
    if (prize && this.candidate) {
      this.attempts().exploited(this.challenge.id, this.candidate);
      this.candidate = null;
    }
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
      attempt: this.attempts().of(this.challenge.id) ?? { state: 'started', startedAt: Date.now() },
      appWorks: app.works,
      appProblem: app.problem,
      balance: this.victim.balance,
      transfers: this.victim.transfers,
      collect: this.collect,
      cdn: this.cdnEntries(),
    };
  }
}
