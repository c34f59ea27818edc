import { corsRuleBase, corsRuleMerged, originMatch, originMatchEntry } from '@cors-playground/engine';
import type { CorsRule, Policy } from '@cors-playground/engine';
import type { AuditSeverity } from './auditFinding.ts';
import { attackCandidates, type AttackCandidate } from './attackCandidate.ts';
import { attackBrowsers, type AttackBrowser } from './attackBrowser.ts';
import { attackFix } from './attackFix.ts';
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
  const attacks = auditAttacksRule(base, null, '');
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
    attacks.push(...auditAttacksRule(rule, i, at));
  });
  return attacks;
}

function auditAttacksRule(rule: CorsRule, pathRule: number | null, at: string): AuditAttack[] {
  if (!rule.enabled || rule.origin.mode === 'any') return [];
  const origin = rule.origin;
  const granted: AttackCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of attackCandidates(origin)) {
    if (seen.has(candidate.origin)) continue;
    seen.add(candidate.origin);
    if (originMatch(origin, candidate.origin).allowed) granted.push(candidate);
  }
  return auditAttacksDistinct(granted).map((candidate) =>
    auditAttackOf(rule, candidate, pathRule, `${at}origin${auditAttackEntry(rule, candidate)}`),
  );
}

/**
 * Drops the grants another one already implies: when any origin passes, the look-alikes and third
 * parties say nothing more (`null` and the `http` twin stay: they are other seats); one name per shared
 * hosting suffix, and no playground under a suffix already granted.
 */
function auditAttacksDistinct(granted: AttackCandidate[]): AttackCandidate[] {
  if (granted.some((c) => c.class === 'reflection')) {
    return granted.filter(
      (c) => c.class === 'reflection' || c.class === 'null' || c.class === 'http-downgrade',
    );
  }
  const suffixes = new Set<string>();
  return granted.filter((c) => {
    if (c.class !== 'public-suffix' && c.class !== 'code-hosting') return true;
    const suffix = sharedHostSuffix(c.origin.replace(/^[a-z]+:\/\//, '')) ?? c.origin;
    if (suffixes.has(suffix)) return false;
    suffixes.add(suffix);
    return true;
  });
}

/** The `.allow[i]` suffix of the entry that grants the candidate (the first, as the matcher tries them). */
function auditAttackEntry(rule: CorsRule, candidate: AttackCandidate): string {
  if (rule.origin.mode !== 'list') return '';
  const i = rule.origin.allow.findIndex((entry) => originMatchEntry(entry, candidate.origin));
  return i < 0 ? '' : `.allow[${i}]`;
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
