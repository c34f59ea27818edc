import type { BrowserName } from '../browser/fetchTypes.ts';
import type { PolicyInput } from '../policy/policySchema.ts';

/** How the victim's app keeps its user logged in to its API. */
export type VictimSession = 'cookie-lax' | 'cookie-strict' | 'cookie-none' | 'bearer';

/**
 * Where the attack page runs: a seat on the stage (see packages/protocol/src/stageTopology.ts), or `null`:
 * a sandboxed frame (`null`), or a page on the cross-site host whose requests bounce through a
 * cross-origin redirect, which makes the browser send `Origin: null` (`nullRedirect`).
 */
export type ChallengeSeat =
  'sibling' | 'crossSite' | 'lookalikeSuffix' | 'lookalikePrefix' | 'lookalikeDot' | 'null' | 'nullRedirect';

/** The seats whose requests reach the API with `Origin: null`. */
export function challengeSeatIsNull(seat: ChallengeSeat): seat is 'null' | 'nullRedirect' {
  return seat === 'null' || seat === 'nullRedirect';
}

/**
 * What the server counts as solved: a secret reaching the attacker's collect endpoint (the victim's API
 * key, a token minted from the session, the internal secret that needs no login, or any answer of the API at all), a transfer the
 * victim's app did not make, or the bank's CDN holding an answer that shuts the victim's app out (`poison`).
 */
export type ChallengeGoal = 'apiKey' | 'token' | 'internal' | 'answer' | 'transfer' | 'poison';

/**
 * The stage's origins, as the running server names them (ports differ between installs): the shape of
 * protocol's `StageTopology` built by `stageOrigins`, which the engine cannot import.
 */
export interface ChallengeStage {
  /** The victim's registrable domain, e.g. `victim.localhost` (a `--victim-domain` or `--base-domain`). */
  victimDomain: string;
  victimApp: string;
  victimApi: string;
  /** The bank's CDN in front of the victim's API, e.g. `http://cdn.victim.localhost:5175`. */
  victimCdn: string;
  attackers: Record<Exclude<ChallengeSeat, 'null' | 'nullRedirect'>, string>;
}

/** A question learners ask, answered for the instructor's page. */
export interface ChallengeQuestion {
  question: string;
  answer: string;
}

/** A security challenge: pure data the server, the UI and the instructor's page all read. */
export interface Challenge {
  id: string;
  title: string;
  /** The situation, told to the learner. */
  story: string;
  seat: ChallengeSeat;
  session: VictimSession;
  goal: ChallengeGoal;
  /** The misconfigured policy the victim's API starts with. */
  vulnerablePolicy(stage: ChallengeStage): PolicyInput;
  /** The vulnerable policy breaks the victim's app as well: the story starts from that bug. Default `false`. */
  startsBroken?: boolean;
  /** A policy that blocks the exploit and keeps the victim's app working (one of several). */
  fixedPolicy(stage: ChallengeStage): PolicyInput;
  /**
   * The attack page's script. It runs in an async function with `API` (the victim API's base URL),
   * `CDN` (the same API through the bank's CDN) and `report(data)` (sends `data` to the attacker's
   * collect log) in scope.
   */
  exploit: string;
  /**
   * What the attacker and the server see with the vulnerable policy, per browser, and why. WebKit's is
   * measured in WebKitGTK (e2e/webkit/webkitChallengeMeasure.ts), Safari's engine on another network stack.
   */
  expected: Record<BrowserName, string>;
  /** Why the exploit works, in a few sentences. */
  why: string;
  /** How to fix it. */
  fix: string;
  questions: ChallengeQuestion[];
}
