import type { CorsRuleOverride, OriginPolicy, Policy } from '@cors-playground/engine';

export interface ExportPolicyOptions {
  /** The playground's page origin, which the live policy names. */
  appOrigin: string;
  /** The user's own origins in production; empty keeps the playground's. */
  origins: string[];
}

/** `x-request-id` → `X-Request-Id`: header names are case-insensitive, so exported code uses one case. */
export function exportHeaderCase(name: string): string {
  if (name === '*') return name;
  return name
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part))
    .join('-');
}

function exportOrigin(origin: OriginPolicy, options: ExportPolicyOptions): OriginPolicy {
  if (origin.mode !== 'list' || options.origins.length === 0) return origin;
  const allow = origin.allow.flatMap((entry) => (entry === options.appOrigin ? options.origins : [entry]));
  return { ...origin, allow: [...new Set(allow)] };
}

function exportRule<Rule extends CorsRuleOverride>(rule: Rule, options: ExportPolicyOptions): Rule {
  const next: Rule = { ...rule };
  if (rule.origin) next.origin = exportOrigin(rule.origin, options);
  if (rule.allowHeaders?.mode === 'list')
    next.allowHeaders = { mode: 'list', values: rule.allowHeaders.values.map(exportHeaderCase) };
  if (rule.exposeHeaders) next.exposeHeaders = rule.exposeHeaders.map(exportHeaderCase);
  return next;
}

/**
 * The live policy as the user's production server should have it: the playground's origin replaced by
 * theirs (everywhere it is allowed, per-path rules included), and header names in one case.
 */
export function exportPolicyPrepare(policy: Policy, options: ExportPolicyOptions): Policy {
  return {
    ...exportRule(policy, options),
    paths: policy.paths.map((rule) => ({ ...rule, override: exportRule(rule.override, options) })),
  };
}
