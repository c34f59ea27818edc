import { regexCheck } from './regex.ts';
import { regexLimits } from './regexLimits.ts';

/**
 * The shape of a policy as far as the regex budget cares; structural so that the schema can call this
 * on its own output without an import cycle.
 */
interface BudgetRule {
  origin?: { mode: string; allow?: ReadonlyArray<string | { regex: string }> };
}
interface BudgetPolicy extends BudgetRule {
  paths: ReadonlyArray<{ path: string; override: BudgetRule }>;
}

/** A budget overrun, at the pattern that tipped it over (`origin.allow[3].regex`, `paths[7].path`). */
export interface RegexBudgetProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * One pattern may be small and fifty of them still too slow: a request runs every path pattern and
 * every regex of one origin list. Sums their compiled sizes (patterns refused on their own are reported
 * at their field and count nothing here) and reports the first pattern of each group that goes over.
 */
export function regexBudgetProblems(policy: BudgetPolicy): RegexBudgetProblem[] {
  const problems: RegexBudgetProblem[] = [];
  regexBudgetOriginList(policy, ['origin', 'allow'], problems);
  let total = 0;
  for (let i = 0; i < policy.paths.length; i++) {
    const rule = policy.paths[i];
    if (typeof rule?.path !== 'string') continue;
    total += regexCheck(rule.path).size ?? 0;
    if (total > regexLimits.pathsProgramMax) {
      problems.push({
        path: ['paths', i, 'path'],
        message: `the path patterns up to this one compile to ${total} RE2 instructions, more than the ${regexLimits.pathsProgramMax} all path rules may use together (every request may try each one): simplify them or use fewer path rules`,
      });
      break;
    }
  }
  policy.paths.forEach((rule, i) => {
    if (rule.override)
      regexBudgetOriginList(rule.override, ['paths', i, 'override', 'origin', 'allow'], problems);
  });
  return problems;
}

function regexBudgetOriginList(
  rule: BudgetRule,
  at: Array<string | number>,
  problems: RegexBudgetProblem[],
): void {
  const allow = rule.origin?.mode === 'list' ? (rule.origin.allow ?? []) : [];
  let total = 0;
  for (let i = 0; i < allow.length; i++) {
    const entry = allow[i];
    // Zod runs this check after field checks that only added issues, so stay defensive about shapes.
    if (typeof entry !== 'object' || typeof entry.regex !== 'string') continue;
    total += regexCheck(entry.regex).size ?? 0;
    if (total > regexLimits.originListProgramMax) {
      problems.push({
        path: [...at, i, 'regex'],
        message: `the regexes of this origin list up to this one compile to ${total} RE2 instructions, more than the ${regexLimits.originListProgramMax} one list may use together (a request may try each one): merge or simplify them, or use exact origins and https://*.example.com wildcards, which cost nothing`,
      });
      return;
    }
  }
}
