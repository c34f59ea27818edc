import type { CorsRule, Policy } from '@cors-playground/engine';

/** A rule as it applies to requests whose path matches `path` (or to every other request when null). */
export interface PolicyRuleEntry {
  /** RE2 pattern searched in the request path; null for the top-level rule. */
  path: string | null;
  rule: CorsRule;
}

/**
 * The effective rules of a policy, per-path rules first (first match wins), the top-level rule last.
 * A path rule's `override` replaces top-level fields one by one (shallow), as the engine merges them.
 */
export function policyRules(policy: Policy): PolicyRuleEntry[] {
  const { version: _version, paths, ...base } = policy;
  const entries: PolicyRuleEntry[] = paths.map((p) => ({
    path: p.path,
    rule: { ...base, ...definedFields(p.override) },
  }));
  entries.push({ path: null, rule: base });
  return entries;
}

/** The top-level rule alone. */
export function policyRulesBase(policy: Policy): CorsRule {
  const { version: _version, paths: _paths, ...base } = policy;
  return base;
}

function definedFields<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<T>;
}
