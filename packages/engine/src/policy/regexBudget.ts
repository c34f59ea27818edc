import type { RE2JS } from 're2js';
import { regexCheck, regexPrecheck, regexProgram, type RegexAnchor } from './regex.ts';
import { regexCost, regexCostUnits, regexCostWalkMax, type RegexCost } from './regexCost.ts';
import { regexLimits } from './regexLimits.ts';

/**
 * The shape of a policy as far as the regex budget cares; structural so that the schema can call this
 * on its own output without an import cycle.
 */
interface BudgetRegex {
  regex: string;
  anchor?: RegexAnchor;
  ignoreCase?: boolean;
}
interface BudgetRule {
  origin?: { mode: string; allow?: ReadonlyArray<string | BudgetRegex> };
}
interface BudgetPolicy extends BudgetRule {
  paths: ReadonlyArray<{ path: string; override: BudgetRule }>;
}

/**
 * Instructions the DFA walks of one policy may handle together (~100 ms): past it, further patterns are
 * charged as if their DFA could not be walked, so that a policy of a thousand distinct patterns
 * cannot stall validation either.
 */
const regexBudgetWalkMax = 4_000_000;

/** What the patterns of one policy share while it is validated. */
interface RegexBudgetShared {
  /** One program per pattern, case and kind of anchoring, so that repeated patterns are walked once. */
  programs: Map<string, RE2JS>;
  /** The cost of each program already walked. */
  walked: Map<RE2JS, RegexCost>;
  walkLeft: number;
}

/** A budget overrun, at the pattern that tipped it over (`origin.allow[3].regex`, `paths[7].path`). */
export interface RegexBudgetProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * One pattern may be cheap and fifty of them still too slow: a request runs every path pattern and
 * every regex of one origin list. Sums what each may cost one request (`regexCost`; patterns refused
 * on their own are reported at their field and count nothing here) and reports the first pattern of
 * each group that goes over.
 */
export function regexBudgetProblems(policy: BudgetPolicy): RegexBudgetProblem[] {
  const problems: RegexBudgetProblem[] = [];
  const shared: RegexBudgetShared = { programs: new Map(), walked: new Map(), walkLeft: regexBudgetWalkMax };
  regexBudgetOriginList(policy, ['origin', 'allow'], problems, shared);
  let total = 0;
  for (let i = 0; i < policy.paths.length; i++) {
    const rule = policy.paths[i];
    if (typeof rule?.path !== 'string') continue;
    total += regexBudgetUnits(rule, rule.path, false, 'none', regexLimits.pathInputMax, shared);
    if (total > regexLimits.pathsCostMax) {
      problems.push({
        path: ['paths', i, 'path'],
        message: `the path patterns up to this one may cost a request ${regexBudgetFormat(total)} work units, more than the ${regexBudgetFormat(regexLimits.pathsCostMax)} all path rules may use together (every request may try each one; a typical rule such as ^/api/ costs about 300): merge rules that share an override, or simplify the patterns that repeat ambiguous runs`,
      });
      break;
    }
  }
  policy.paths.forEach((rule, i) => {
    if (rule.override)
      regexBudgetOriginList(rule.override, ['paths', i, 'override', 'origin', 'allow'], problems, shared);
  });
  return problems;
}

function regexBudgetOriginList(
  rule: BudgetRule,
  at: Array<string | number>,
  problems: RegexBudgetProblem[],
  shared: RegexBudgetShared,
): void {
  const allow = rule.origin?.mode === 'list' ? (rule.origin.allow ?? []) : [];
  let total = 0;
  for (let i = 0; i < allow.length; i++) {
    const entry = allow[i];
    // Zod runs this check after field checks that only added issues, so stay defensive about shapes.
    if (typeof entry !== 'object' || typeof entry.regex !== 'string') continue;
    // Origin fields only run the checks that need no compiling (lists may hold thousands of entries):
    // a pattern that passes them is compiled here, and this list stops at its first problem.
    if (regexPrecheck(entry.regex) !== null) continue;
    const { problem } = regexCheck(entry.regex);
    if (problem !== null) {
      problems.push({ path: [...at, i, 'regex'], message: problem });
      return;
    }
    total += regexBudgetUnits(
      entry,
      entry.regex,
      entry.ignoreCase === true,
      entry.anchor ?? 'none',
      regexLimits.originInputMax,
      shared,
    );
    if (total > regexLimits.originListCostMax) {
      problems.push({
        path: [...at, i, 'regex'],
        message: `the regexes of this origin list up to this one may cost a request ${regexBudgetFormat(total)} work units, more than the ${regexBudgetFormat(regexLimits.originListCostMax)} one list may use together (a request may try each one; a typical origin regex costs about 100): merge or simplify them, or use exact origins and https://*.example.com wildcards, which cost nothing`,
      });
      return;
    }
  }
}

/**
 * What one pattern may cost a request, in work units; nothing for a pattern refused on its own. Walks
 * the DFA of the program `owner` (the policy value holding the pattern) will match with, so that
 * requests find it built.
 */
export function regexBudgetUnits(
  owner: object,
  source: string,
  ignoreCase: boolean,
  anchor: RegexAnchor,
  inputMax: number,
  shared?: RegexBudgetShared,
): number {
  if (regexCheck(source).problem !== null) return 0;
  // A program's DFA keeps separate tables for searches and for anchored matches ('start' and 'both'
  // step alike), so programs are shared per pattern, case and kind of anchoring.
  const key = `${anchor === 'none' ? 'search' : 'anchored'} ${ignoreCase ? 'i' : '-'} ${source}`;
  const program = regexProgram(owner, source, ignoreCase, shared && { programs: shared.programs, key });
  let cost = shared?.walked.get(program);
  if (!cost) {
    cost = regexCost(program, anchor, Math.min(regexCostWalkMax, shared?.walkLeft ?? regexCostWalkMax));
    if (shared) {
      shared.walkLeft -= cost.walked;
      shared.walked.set(program, cost);
    }
  }
  return regexCostUnits(cost, inputMax);
}

function regexBudgetFormat(units: number): string {
  return units.toLocaleString('en-US');
}
