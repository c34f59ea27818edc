import { regexCheck, regexPrecheck } from './regex.ts';

/** A problem at one pattern of a group, by its index in the group. */
export interface RegexBudgetProblem {
  index: number;
  message: string;
}

/**
 * Checks a group of patterns that one request may all run (the regexes of one origin list, or every
 * `paths[]` pattern): each must compile within the limits, and together they must fit `budget` RE2
 * instructions. `sources` holds null for entries that are not patterns (exact origins). Patterns
 * refused by `regexPrecheck` are reported at their own field and skipped here (a path pattern's
 * compile error is too; `policyParse` keeps one error per field).
 *
 * Stops at the first problem: compiling is the costly part of validation, and stopping bounds it by the
 * budget however many entries a policy holds (a 256 KB body fits thousands).
 */
export function regexBudgetCheck(
  sources: ReadonlyArray<string | null>,
  budget: number,
  group: 'origin' | 'paths',
): RegexBudgetProblem | null {
  let total = 0;
  for (let index = 0; index < sources.length; index++) {
    const source = sources[index];
    if (typeof source !== 'string' || regexPrecheck(source) !== null) continue;
    const check = regexCheck(source);
    if (check.problem !== null) return { index, message: check.problem };
    total += check.size;
    if (total > budget) return { index, message: regexBudgetMessage(group, total, budget) };
  }
  return null;
}

function regexBudgetMessage(group: 'origin' | 'paths', total: number, budget: number): string {
  return group === 'origin'
    ? `the regexes of this origin list up to this one compile to ${total} RE2 instructions, more than the ${budget} one list may use together (a request may try each one): merge or simplify them, or use exact origins and https://*.example.com wildcards, which cost nothing`
    : `the path patterns up to this one compile to ${total} RE2 instructions, more than the ${budget} all path rules may use together (every request may try each one): simplify them or use fewer path rules`;
}
