import { RE2JS } from 're2js';

/**
 * User-supplied patterns (origin regexes, path rules) are compiled with RE2 so matching is linear in the
 * input: a hostile 50k-character `Origin` against `(a+)+$` must not hang the API.
 */

/** How many compiled patterns to keep; policies hold at most a few hundred patterns in practice. */
const cacheLimit = 1024;
/** Two maps, one per case mode, so a hit costs one lookup and no key building. */
const cache = { sensitive: new Map<string, RE2JS>(), insensitive: new Map<string, RE2JS>() };

/**
 * Compiles an RE2 pattern, cached: origin matching runs on every simulated request (the benchmark needs
 * 100k simulations/s), and compiling costs far more than matching. Throws on an invalid pattern; policies
 * that went through `policyParse` never contain one.
 */
export function regexCompile(source: string, ignoreCase: boolean): RE2JS {
  const map = ignoreCase ? cache.insensitive : cache.sensitive;
  const hit = map.get(source);
  if (hit) return hit;
  const compiled = RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  // Starting over when full is cheaper on the hot path than LRU bookkeeping on every hit, and a policy
  // edit that churns through 1024 patterns is not a real workload.
  if (map.size >= cacheLimit) map.clear();
  map.set(source, compiled);
  return compiled;
}

/** The RE2 error for a pattern that does not compile (e.g. look-around, back-references), or null. */
export function regexError(source: string): string | null {
  try {
    regexCompile(source, false);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `not a valid RE2 pattern (${message}); RE2 has no look-around or back-references`;
  }
}

/** Unanchored search, like JavaScript's `RegExp.prototype.test` and PHP's `preg_match`. */
export function regexSearch(source: string, ignoreCase: boolean, input: string): boolean {
  return regexCompile(source, ignoreCase).test(input);
}

/** Anchored at the start only, like Python's `re.match`. */
export function regexMatchStart(source: string, ignoreCase: boolean, input: string): boolean {
  return regexCompile(source, ignoreCase).matcher(input).lookingAt();
}

/** Must match the whole input, like Java's `String.matches` or Python's `re.fullmatch`. */
export function regexMatchWhole(source: string, ignoreCase: boolean, input: string): boolean {
  return regexCompile(source, ignoreCase).testExact(input);
}
