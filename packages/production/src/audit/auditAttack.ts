import { corsRuleBase, corsRuleMerged, originMatch, originMatchEntry } from '@cors-playground/engine';
import type { CorsRule, OriginEntry, OriginPolicy, Policy } from '@cors-playground/engine';
import type { AuditSeverity } from './auditFinding.ts';
import { attackCandidates, type AttackCandidate } from './attackCandidate.ts';
import { attackBrowsers, type AttackBrowser } from './attackBrowser.ts';
import { attackFix } from './attackFix.ts';
import { ownOrigins } from './ownOrigin.ts';
import { regexRiskUnescapedDots } from './regexRisk.ts';
import { sharedHostSuffix } from './sharedHost.ts';

/**
 * The misconfiguration classes the public CORS scanners (Corsy, CORScanner, CORStest, PortSwigger's
 * checks) probe, each named after the origin they send:
 * - `reflection`: any origin at all (`https://evil.com`).
 * - `prefix`: the allowed host followed by the attacker's domain (`https://bank.example.evil.com`).
 * - `suffix`: an attacker's name ending in the allowed host (`https://evilbank.example`).
 * - `unescaped-dot`: a regex dot matching any character (`https://wwwxbank.example`).
 * - `special-character`: a character after the allowed host that ends it for the regex but not for the
 *   browser (`https://www.bank.example_.evil.com`).
 * - `http-downgrade`: the plain-HTTP twin of an HTTPS origin (`http://www.bank.example`).
 * - `any-subdomain`: any subdomain of the app's own domain (`https://evil.www.bank.example`).
 * - `null`: the opaque origin of sandboxed iframes and `data:` pages.
 * - `public-suffix`: a name anyone can get under a shared hosting suffix (`https://evil.github.io`).
 * - `code-hosting`: a code playground anyone can post a page to (`https://jsfiddle.net`).
 */
export type AttackClass =
  | 'reflection'
  | 'prefix'
  | 'suffix'
  | 'unescaped-dot'
  | 'special-character'
  | 'http-downgrade'
  | 'any-subdomain'
  | 'null'
  | 'public-suffix'
  | 'code-hosting';

/**
 * Who can serve a page from the attack origin: `anyone` (registers a domain, opens a sandboxed iframe,
 * posts to a playground), `needs-subdomain` (controls or takes over a subdomain of the app's own
 * domain), `needs-network-position` (injects into plain-HTTP traffic: same Wi-Fi, a hostile ISP).
 */
export type AttackWho = 'anyone' | 'needs-subdomain' | 'needs-network-position';

/** One attacker origin the policy grants, as the engine's own origin matcher decides. */
export interface AuditAttack {
  /** The `Origin` a page on the attacker's site sends: a serialized origin, or `null`. */
  origin: string;
  class: AttackClass;
  /** Whether the grant comes with `Access-Control-Allow-Credentials: true` (the user's cookies). */
  granted: 'with-credentials' | 'without-credentials';
  who: AttackWho;
  /** `high` when anyone can obtain the origin and credentials are allowed. */
  severity: AuditSeverity;
  /** The browser engines that can send this origin at all (hosts with `` ` ``, `}`, `!` parse only in some). */
  browsers: AttackBrowser[];
  /** The change that closes this attack. */
  fix: string;
  /** Field path of the allowed-origin entry that grants it (`origin.allow[2]`, `paths[0].override.origin`). */
  path: string;
  /** The `paths[]` rule whose merged rule grants it, or null for the top-level rule. */
  pathRule: number | null;
}

export type { AttackBrowser };

/**
 * The attacker origins each rule of the policy grants (top level, then each `paths[]` rule as merged):
 * candidates derived from the policy's own origins and a list of shared hosts, each run through the
 * engine's `originMatch`. A path rule that inherits the top-level origin rule and credentials repeats
 * nothing; one that changes either reports its own grants.
 */
export function auditAttacks(policy: Policy): AuditAttack[] {
  const base = corsRuleBase(policy);
  const budget: AttackBudget = { own: auditAttackLimits.ownPerPolicy, granted: new Map() };
  const attacks = auditAttacksRule(base, null, '', budget);
  corsRuleMerged(policy).forEach((rule, i) => {
    const override = policy.paths[i]?.override ?? {};
    if (
      rule.origin === base.origin &&
      rule.credentials === base.credentials &&
      rule.enabled === base.enabled
    ) {
      return;
    }
    const at = 'origin' in override && override.origin !== undefined ? `paths[${i}].override.` : '';
    attacks.push(...auditAttacksRule(rule, i, at, budget));
  });
  return attacks;
}

/**
 * Bounds on the work of one audit: every candidate runs through the whole allowed-origin list, and a
 * policy holds up to 51 lists of 200 entries. Look-alikes are derived from a limited number of own
 * origins; the shared hosts and playgrounds are always tried.
 */
export const auditAttackLimits = {
  /** Own origins (patterns first) whose look-alikes are tried, per rule. */
  ownPerRule: 16,
  /** Own origins whose look-alikes are tried, over all the rules of a policy. */
  ownPerPolicy: 64,
};

/** What one audit has left to spend, and the grants of each distinct origin rule already attacked. */
interface AttackBudget {
  own: number;
  granted: Map<string, Granted[]>;
}

function auditAttacksRule(
  rule: CorsRule,
  pathRule: number | null,
  at: string,
  budget: AttackBudget,
): AuditAttack[] {
  if (!rule.enabled || rule.origin.mode === 'any') return [];
  const key = JSON.stringify(rule.origin);
  const granted = budget.granted.get(key) ?? auditAttacksGranted(rule.origin, budget);
  budget.granted.set(key, granted);
  return granted.map(({ candidate, entry }) =>
    auditAttackOf(rule, candidate, pathRule, `${at}origin${entry < 0 ? '' : `.allow[${entry}]`}`),
  );
}

/** The candidates the engine grants for one origin rule, named after the entry that grants each. */
function auditAttacksGranted(origin: OriginPolicy, budget: AttackBudget): Granted[] {
  const own = ownOrigins(origin);
  const ownLimit = Math.min(own.length, auditAttackLimits.ownPerRule, budget.own);
  budget.own -= ownLimit;
  const granted: Granted[] = [];
  const seen = new Set<string>();
  for (const candidate of attackCandidates(own, ownLimit)) {
    if (seen.has(candidate.origin)) continue;
    seen.add(candidate.origin);
    if (!originMatch(origin, candidate.origin).allowed) continue;
    // The entry that grants it: the first, as the matcher tries them.
    const entry =
      origin.mode === 'list' ? origin.allow.findIndex((e) => originMatchEntry(e, candidate.origin)) : -1;
    granted.push({
      candidate: auditAttackClassify(candidate, origin.mode === 'list' ? origin.allow[entry] : undefined),
      entry,
    });
  }
  return auditAttacksDistinct(granted);
}

interface Granted {
  candidate: AttackCandidate;
  /** Index in `origin.allow` of the entry that grants it; -1 for `reflect`. */
  entry: number;
}

/**
 * Names the hole after the entry that really has it: a letter for a dot passes a dotless regex only
 * because anything may come before the domain (a suffix match).
 */
function auditAttackClassify(candidate: AttackCandidate, entry: OriginEntry | undefined): AttackCandidate {
  if (candidate.class !== 'unescaped-dot') return candidate;
  if (typeof entry !== 'string' && entry !== undefined && regexRiskUnescapedDots(entry.regex).length > 0) {
    return candidate;
  }
  return { ...candidate, class: 'suffix' };
}

/**
 * Drops the grants another one already implies: when any origin passes, the look-alikes and third
 * parties say nothing more (`null` and the `http` twin stay: they are other seats); a special
 * character after a host whose plain prefix match the same entry grants is that prefix match; one name
 * per shared hosting suffix, and no playground under a suffix already granted.
 */
function auditAttacksDistinct(granted: Granted[]): Granted[] {
  if (granted.some((g) => g.candidate.class === 'reflection')) {
    return granted.filter(({ candidate: c }) => ['reflection', 'null', 'http-downgrade'].includes(c.class));
  }
  const prefixed = new Set(
    granted.filter((g) => g.candidate.class === 'prefix').map((g) => `${g.entry} ${g.candidate.from}`),
  );
  const suffixes = new Set<string>();
  return granted.filter(({ candidate: c, entry }) => {
    if (c.class === 'special-character') return !prefixed.has(`${entry} ${c.from}`);
    if (c.class !== 'public-suffix' && c.class !== 'code-hosting') return true;
    const suffix = sharedHostSuffix(c.origin.replace(/^[a-z]+:\/\//, '')) ?? c.origin;
    if (suffixes.has(suffix)) return false;
    suffixes.add(suffix);
    return true;
  });
}

function auditAttackOf(
  rule: CorsRule,
  candidate: AttackCandidate,
  pathRule: number | null,
  path: string,
): AuditAttack {
  const credentials = rule.credentials;
  return {
    origin: candidate.origin,
    class: candidate.class,
    granted: credentials ? 'with-credentials' : 'without-credentials',
    who: candidate.who,
    severity: auditAttackSeverity(candidate.who, credentials),
    browsers: attackBrowsers(candidate.origin),
    fix: attackFix(candidate, rule),
    path,
    pathRule,
  };
}

/**
 * Anyone plus the user's cookies is an account takeover (high); a subdomain or network position is a
 * real but rarer attacker (medium). Without credentials the attacker only reads what the API answers
 * anyone, unless it trusts the network (an intranet API): low when anyone can, info otherwise.
 */
export function auditAttackSeverity(who: AttackWho, credentials: boolean): AuditSeverity {
  if (who === 'anyone') return credentials ? 'high' : 'low';
  return credentials ? 'medium' : 'info';
}
