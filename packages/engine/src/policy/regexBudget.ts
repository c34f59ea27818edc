import type { RE2JS } from 're2js';
import { regexCheck, regexProgram, type RegexAnchor } from './regex.ts';
import {
  regexCost,
  regexCostUnits,
  regexCostWalkMax,
  regexCostWeights,
  type RegexCost,
} from './regexCost.ts';
import { regexLimits } from './regexLimits.ts';
import { regexSiteKey, regexSitesFind, type RegexSite, type RegexSitePolicy } from './regexSite.ts';

/** What the patterns of one policy share while it is validated. */
interface RegexBudgetShared {
  /** One program per pattern, case and kind of anchoring, so that repeated patterns are walked once. */
  programs: Map<string, RE2JS>;
  /** The cost of each program already walked. */
  walked: Map<RE2JS, RegexCost>;
  /** Sources whose check (a compile) was already charged. */
  checked: Set<string>;
  /** Work units spent so far: compiles and DFA walks (`regexCostWeights`). */
  work: number;
}

/** A budget overrun, at the pattern that tipped it over (`origin.allow[3].regex`, `paths[7].path`). */
export interface RegexBudgetProblem {
  path: Array<string | number>;
  message: string;
}

/** What checking a policy's patterns found, and the work it took (deterministic, in work units). */
export interface RegexBudgetResult {
  problems: RegexBudgetProblem[];
  work: number;
}

/**
 * The budget check, one pattern at a time: it yields the work spent so far after each pattern (at most
 * two compiles and one DFA walk, a few milliseconds), so that a server can let other requests run in between. The whole
 * policy shares one count of distinct patterns, checked before anything is compiled, and one budget of
 * validation work (`regexLimits.policyWorkMax`): all origin lists, path overrides included, and every
 * path pattern draw on it, and the check stops as soon as it is spent. A request runs every path pattern
 * and one origin list, so the cost a request may pay is budgeted per list and for the paths together,
 * reporting the first pattern of each group that goes over.
 */
export function* regexBudgetSteps(policy: RegexSitePolicy): Generator<number, RegexBudgetResult> {
  const problems: RegexBudgetProblem[] = [];
  const shared: RegexBudgetShared = { programs: new Map(), walked: new Map(), checked: new Set(), work: 0 };
  const { lists, paths } = regexSitesFind(policy);
  const crowd = regexBudgetCrowd([...(lists[0] ?? []), ...paths, ...lists.slice(1).flat()], shared);
  if (crowd) return { problems: [crowd], work: shared.work };
  const [top, ...overrides] = lists;
  if (!(yield* regexBudgetOriginList(top ?? [], problems, shared))) return { problems, work: shared.work };
  let total = 0;
  for (const site of paths) {
    const units = regexBudgetSiteUnits(site, regexLimits.pathInputMax, problems, shared);
    yield shared.work;
    if (units === 'spent') return { problems, work: shared.work };
    total += units ?? 0;
    if (total > regexLimits.pathsCostMax) {
      problems.push({
        path: site.at,
        message: `the path patterns up to this one may cost a request ${regexBudgetFormat(total)} work units, more than the ${regexBudgetFormat(regexLimits.pathsCostMax)} all path rules may use together (every request may try each one; a typical rule such as ^/api/ costs about 300): merge rules that share an override, or simplify the patterns that repeat ambiguous runs`,
      });
      break;
    }
  }
  for (const list of overrides) {
    if (!(yield* regexBudgetOriginList(list, problems, shared))) break;
  }
  return { problems, work: shared.work };
}

/** `regexBudgetSteps` run to the end at once. */
export function regexBudgetCheck(policy: RegexSitePolicy): RegexBudgetResult {
  const steps = regexBudgetSteps(policy);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The problems `regexBudgetCheck` finds. */
export function regexBudgetProblems(policy: RegexSitePolicy): RegexBudgetProblem[] {
  return regexBudgetCheck(policy).problems;
}

/** Too many distinct patterns to compile: refused before any compile, at the one that tips it over. */
function regexBudgetCrowd(sites: RegexSite[], shared: RegexBudgetShared): RegexBudgetProblem | null {
  const keys = new Set<string>();
  for (const site of sites) {
    shared.work += 1;
    keys.add(regexSiteKey(site));
    if (keys.size > regexLimits.policyPatternsMax) {
      return {
        path: site.at,
        message: `this policy has more than the ${regexLimits.policyPatternsMax} distinct regexes one policy may hold (origin regexes of every list, path overrides included, and path patterns; a pattern repeated with the same case and anchoring counts once): repeat the same regexes, or use exact origins and https://*.example.com wildcards, which cost nothing`,
      };
    }
  }
  return null;
}

/** Checks one origin list; false once the policy's validation budget is spent. */
function* regexBudgetOriginList(
  sites: RegexSite[],
  problems: RegexBudgetProblem[],
  shared: RegexBudgetShared,
): Generator<number, boolean> {
  let total = 0;
  for (const site of sites) {
    const units = regexBudgetSiteUnits(site, regexLimits.originInputMax, problems, shared);
    yield shared.work;
    if (units === 'spent') return false;
    // A list stops at its first problem: the learner fixes it and sees the next.
    if (units === null) return true;
    total += units;
    if (total > regexLimits.originListCostMax) {
      problems.push({
        path: site.at,
        message: `the regexes of this origin list up to this one may cost a request ${regexBudgetFormat(total)} work units, more than the ${regexBudgetFormat(regexLimits.originListCostMax)} one list may use together (a request may try each one; a typical origin regex costs about 100): merge or simplify them, or use exact origins and https://*.example.com wildcards, which cost nothing`,
      });
      return true;
    }
  }
  return true;
}

/**
 * What one site's pattern may cost a request; null when it is refused on its own (reported at its
 * field), 'spent' when the policy's validation budget ran out on it (reported here).
 */
function regexBudgetSiteUnits(
  site: RegexSite,
  inputMax: number,
  problems: RegexBudgetProblem[],
  shared: RegexBudgetShared,
): number | null | 'spent' {
  if (!shared.checked.has(site.source)) {
    shared.checked.add(site.source);
    // Charged even when `regexCheck` remembers the verdict, so that the count depends on the policy only.
    shared.work += regexCostWeights.compile;
  }
  const { problem } = regexCheck(site.source);
  if (problem !== null) {
    problems.push({ path: site.at, message: problem });
    return null;
  }
  if (shared.work <= regexLimits.policyWorkMax) {
    const units = regexBudgetUnits(site.owner, site.source, site.ignoreCase, site.anchor, inputMax, shared);
    if (shared.work <= regexLimits.policyWorkMax) return units;
  }
  problems.push({
    path: site.at,
    message: `checking this policy's regexes up to this one takes more than the ${regexBudgetFormat(regexLimits.policyWorkMax)} work units one policy may use (every origin list, path overrides included, and every path pattern share them; a typical regex takes 10,000 to 40,000, and a repeated one nothing more): repeat the same regexes, use exact origins and https://*.example.com wildcards, or simplify the patterns that repeat ambiguous runs`,
  });
  return 'spent';
}

/**
 * What one pattern may cost a request, in work units; nothing for a pattern refused on its own. Walks
 * the DFA of the program `owner` (the policy value holding the pattern) will match with, so that
 * requests find it built. With `shared`, a repeated pattern is compiled and walked once, and the work
 * is charged to it: a walk stops where the policy's budget ends.
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
  const key = regexSiteKey({ source, ignoreCase, anchor });
  if (shared && !shared.programs.has(key)) shared.work += regexCostWeights.compile;
  const program = regexProgram(owner, source, ignoreCase, shared && { programs: shared.programs, key });
  let cost = shared?.walked.get(program);
  if (!cost) {
    const left = shared ? regexLimits.policyWorkMax - shared.work + 1 : regexCostWalkMax;
    cost = regexCost(program, anchor, Math.max(0, Math.min(regexCostWalkMax, left)));
    if (shared) {
      shared.work += cost.walked;
      shared.walked.set(program, cost);
    }
  }
  return regexCostUnits(cost, inputMax);
}

function regexBudgetFormat(units: number): string {
  return units.toLocaleString('en-US');
}
