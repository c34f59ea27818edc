import { RE2JS, RE2Set } from 're2js';
import { regexLimits } from './regexLimits.ts';
import { regexShape } from './regexShape.ts';

/**
 * User-supplied patterns (origin regexes, path rules) are compiled with RE2 so matching is linear in the
 * input: a hostile 50k-character `Origin` against `(a+)+$` must not hang the API. Linear is not cheap
 * enough on its own; `regexLimits` bounds the factor.
 */

/** How a pattern is applied: searched anywhere, anchored at the start, or matched whole. */
export type RegexAnchor = 'none' | 'start' | 'both';

/**
 * Compiled patterns, keyed by the policy value that holds them (an origin entry, a path rule).
 * Policies are immutable values (the API replaces the whole policy on edit), so an entry's pattern never
 * changes, and a replaced policy's programs go with it: no global cache for thousands of distinct
 * patterns to thrash, and no lookup key to build on the hot path (100k simulations/s).
 */
const compiled = new WeakMap<object, RE2JS>();

/** Compiles an RE2 pattern, uncached. Throws on an invalid pattern. */
export function regexCompile(source: string, ignoreCase: boolean): RE2JS {
  const program = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  // re2js prefers its one-pass matcher for `^…` patterns; it walks every instruction between two
  // characters (nested groups: ~140 ns a character), which `regexCost` does not bound. Without it, every
  // boolean match runs on the lazy DFA that `regexCost` models, at a few ns a cached character.
  (program.re2() as unknown as { onepass: unknown }).onepass = null;
  return program;
}

/** A pattern's verdict: its compiled size in RE2 instructions, or why it may not be used. */
export type RegexCheck = { size: number; problem: null } | { size: null; problem: string };

/**
 * The checks that need no compiling: too long, repeats too much, or plainly too large. They run on
 * every pattern; `regexCheck` compiles only what passes them, so a monster costs nothing to refuse.
 */
export function regexPrecheck(source: string): string | null {
  const { sourceMax, repeatMax, programMax } = regexLimits;
  if (source.length > sourceMax) {
    return `a pattern may be at most ${sourceMax} characters long (this one has ${source.length}): shorten it`;
  }
  const shape = regexShape(source);
  if (shape.repeat > repeatMax) {
    return `a part of this pattern repeats ${shape.repeat} times, more than the ${repeatMax} allowed (nested counts multiply): lower the {n} counts, or use + or * for a run of any length`;
  }
  // Atoms never outnumber instructions (bar alternatives RE2 factors), so this much is too large already.
  return shape.atoms > programMax ? regexTooLarge(`at least ${shape.atoms}`) : null;
}

/** `regexPrecheck`, then compiling: an RE2 syntax error, or a program over `regexLimits.programMax`. */
export function regexCheck(source: string): RegexCheck {
  let check = checked.get(source);
  if (!check) {
    // Bounded so that a stream of distinct patterns cannot grow it: it only saves repeated compiles.
    if (checked.size >= checkedMax) checked.clear();
    check = regexCheckUncached(source);
    checked.set(source, check);
  }
  return check;
}

/**
 * Verdicts by pattern text: a policy names the same pattern in many places (one origin list in every
 * path override), and validation checks each place, then the budget checks them again.
 */
const checked = new Map<string, RegexCheck>();
const checkedMax = 1000;

function regexCheckUncached(source: string): RegexCheck {
  const precheck = regexPrecheck(source);
  if (precheck !== null) return regexRefused(precheck);
  let size: number;
  try {
    size = regexCompile(source, false).programSize();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return regexRefused(`not a valid RE2 pattern (${message}); RE2 has no look-around or back-references`);
  }
  return size > regexLimits.programMax ? regexRefused(regexTooLarge(String(size))) : { size, problem: null };
}

function regexRefused(problem: string): RegexCheck {
  return { size: null, problem };
}

function regexTooLarge(size: string): string {
  return `this pattern is too complex: it compiles to ${size} RE2 instructions, more than the ${regexLimits.programMax} allowed; shorten it or lower its {n} counts (each counted copy is compiled)`;
}

/**
 * The compiled program of the pattern `owner` (the policy value holding it) carries, compiled on first
 * use. Validation calls this on the parsed policy's own values, so a lab request finds its programs
 * compiled and their DFAs built (`regexCost`).
 */
export function regexProgram(
  owner: object,
  source: string,
  ignoreCase: boolean,
  shared?: { programs: Map<string, RE2JS>; key: string },
): RE2JS {
  let program = compiled.get(owner);
  if (!program) {
    // Policies repeat patterns (one origin list in every path override): one program, one DFA to build.
    program = shared?.programs.get(shared.key) ?? regexCompile(source, ignoreCase);
    shared?.programs.set(shared.key, program);
    compiled.set(owner, program);
  }
  return program;
}

/**
 * Whether `input` matches `source` as `anchor` says, the program compiled once per `owner` (the
 * policy value holding the pattern). Throws on an invalid pattern; policies that went through
 * `policyParse` never contain one.
 */
export function regexMatch(
  owner: object,
  source: string,
  ignoreCase: boolean,
  anchor: RegexAnchor,
  input: string,
): boolean {
  const program = regexProgram(owner, source, ignoreCase);
  // Like JavaScript's `RegExp.prototype.test` and PHP's `preg_match`.
  if (anchor === 'none') return program.test(input);
  // Like Java's `String.matches` or Python's `re.fullmatch`.
  if (anchor === 'both') return program.testExact(input);
  // Like Python's `re.match`. Asking for no submatches keeps RE2 on its DFA: `Matcher.lookingAt()`
  // wants the match bounds and takes a path that costs milliseconds on a short hostile Origin.
  return program.re2().matchWithGroup(input, 0, input.length, RE2Set.ANCHOR_START, 0)[0] === true;
}
