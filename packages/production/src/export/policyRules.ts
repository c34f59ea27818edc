import { corsRuleBase, corsRuleMerged, type CorsRule, type Policy } from '@cors-playground/engine';
import type { ExportDifference } from './policyExport.ts';

/** A rule as it applies to requests whose path matches `path` (or to every other request when null). */
export interface PolicyRuleEntry {
  /** RE2 pattern searched in the request path; null for the top-level rule. */
  path: string | null;
  rule: CorsRule;
}

/**
 * The effective rules of a policy, per-path rules first (first match wins), the top-level rule last,
 * merged by the engine itself so an export can never merge differently from the playground.
 */
export function policyRules(policy: Policy): PolicyRuleEntry[] {
  const merged = corsRuleMerged(policy);
  const entries: PolicyRuleEntry[] = policy.paths.map((p, i) => ({
    path: p.path,
    rule: merged[i] ?? corsRuleBase(policy),
  }));
  entries.push({ path: null, rule: corsRuleBase(policy) });
  return entries;
}

/** The top-level rule alone. */
export function policyRulesBase(policy: Policy): CorsRule {
  return corsRuleBase(policy);
}

/**
 * For a target with one configuration for everything (`scope`: the server, the site, the app): each
 * path rule is left out, and says so.
 */
export function policyRulesUnexported(policy: Policy, scope: string): ExportDifference[] {
  return policy.paths.map((p) => ({
    aspect: 'paths',
    message: `The export has one configuration for the whole ${scope}: the rule for /${p.path}/ is not exported; those paths get the top-level settings.`,
  }));
}
