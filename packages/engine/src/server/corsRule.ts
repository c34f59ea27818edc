import type { CorsRule, Policy } from '../policy/policySchema.ts';
import { regexMatch } from '../policy/regex.ts';
import { regexLimits } from '../policy/regexLimits.ts';

/** The rule in force for one request, and which `paths[]` entry supplied it (null: the top level). */
export interface CorsRuleResolved {
  rule: CorsRule;
  pathIndex: number | null;
  /** Why the path rules were not tried (a path too long to match safely), or null. */
  note: string | null;
}

/**
 * Merged rules per policy object, computed once: resolution runs for every simulated request. Policies
 * are treated as immutable values (the API replaces the whole policy on edit), so a WeakMap is safe.
 */
const merged = new WeakMap<Policy, CorsRule[]>();

/**
 * The rule for a request URL: the first `paths[]` rule whose RE2 pattern is found in the URL's path
 * (like Nelmio's `paths` and django's `CORS_URLS_REGEX`) overrides the top-level fields it names.
 */
export function corsRuleResolve(policy: Policy, url: string): CorsRuleResolved {
  if (policy.paths.length === 0) return { rule: policy, pathIndex: null, note: null };
  const path = corsRulePath(url);
  if (path.length > regexLimits.pathInputMax) {
    // Every pattern would run over the whole path: bounded work needs bounded input.
    const note = `The path has ${path.length} characters, over the ${regexLimits.pathInputMax} that path rules are tried on, so the top-level rule applies`;
    return { rule: policy, pathIndex: null, note };
  }
  for (let i = 0; i < policy.paths.length; i++) {
    const pathRule = policy.paths[i];
    if (pathRule && regexMatch(pathRule, pathRule.path, false, 'none', path)) {
      return { rule: corsRuleMerged(policy)[i] ?? policy, pathIndex: i, note: null };
    }
  }
  return { rule: policy, pathIndex: null, note: null };
}

/**
 * The rule each `paths[]` entry puts in force, in order: the top-level rule with the fields its
 * `override` writes replaced one by one (shallow). Computed once per policy; the exporters reuse it so
 * exported code merges exactly as the engine does. The rules are shared: do not mutate them.
 */
export function corsRuleMerged(policy: Policy): CorsRule[] {
  let rules = merged.get(policy);
  if (!rules) {
    const base = corsRuleBase(policy);
    rules = policy.paths.map((pathRule) => {
      const rule: CorsRule = { ...base };
      // Only keys the override actually wrote replace the top level (an explicit `undefined` does not).
      for (const [key, value] of Object.entries(pathRule.override)) {
        if (value !== undefined) Object.assign(rule, { [key]: value });
      }
      return rule;
    });
    merged.set(policy, rules);
  }
  return rules;
}

/** The top-level rule alone: the policy without `version` and `paths`. */
export function corsRuleBase(policy: Policy): CorsRule {
  const { version: _version, paths: _paths, ...base } = policy;
  return base;
}

/**
 * The path of a request target (absolute URL or origin-form `/x?y`), without query or fragment: path
 * rules match the path only, as django and Nelmio do. Written by hand because this package has no DOM
 * or Node typings for `URL`.
 */
export function corsRulePath(url: string): string {
  let rest = url;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(url);
  if (scheme) rest = url.slice(scheme[0].length);
  const end = rest.search(/[?#]/);
  const path = end < 0 ? rest : rest.slice(0, end);
  return path === '' ? '/' : path;
}
