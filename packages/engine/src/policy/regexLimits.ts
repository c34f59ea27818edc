/**
 * Bounds on user-supplied patterns and on the text they run against. RE2 is linear in the input, but
 * the factor depends on the pattern: `(.*a){900}!!` is linear yet costs ~0.7 s on an 8 KB `Origin`,
 * and fifty of them froze the API for half a minute. What a pattern may cost one request is read from
 * its own DFA (`regexCost`) and budgeted in work units, so that many ordinary patterns fit where a few
 * hostile ones do not. The values below keep the worst lab request under 10 ms of CPU, as
 * `corsRespond.worstCase.test.ts` and the engine bench measure. docs/policy.md states them for users.
 */
export const regexLimits = {
  /** Longest pattern source, in characters. Real origin and path patterns stay under 200. */
  sourceMax: 500,
  /**
   * Largest repetition count (`{n}`, `{n,m}`), nested counts multiplied: RE2 compiles a counted
   * repetition into that many copies. A DNS label is at most 63 characters, so `{1,63}` must fit.
   */
  repeatMax: 100,
  /**
   * Largest compiled program of one pattern, in RE2 instructions: compiling costs ~1.5 µs an
   * instruction, and a state can hold them all. `^https://([a-z0-9-]{1,63}\.)*example\.com$` (152) fits.
   */
  programMax: 160,
  /**
   * Work units (`regexCostUnits`, 20–50 ns each) all the regexes of one origin list may cost one
   * request together, each on an `Origin` of up to `originInputMax`: a request runs one list (the top
   * level's or its path rule's). A typical origin regex costs ~100 (its DFA is built at validation);
   * one whose DFA has more states than an `Origin` is long (`a[ab]{20}c`) costs ~10,000.
   */
  originListCostMax: 60_000,
  /**
   * Work units all `paths[]` patterns may cost one request together, each on a path of up to
   * `pathInputMax`: a request may try every one. A typical path rule costs ~300.
   */
  pathsCostMax: 60_000,
  /**
   * Longest `Origin` that origin regexes are tried on. A DNS name has at most 253 characters, so a
   * real origin (scheme, host, port) stays under 300; a longer one is hostile or broken. Exact and
   * wildcard entries still compare it, which costs nothing.
   */
  originInputMax: 300,
  /** Longest request path that `paths[]` patterns are tried on; a longer path gets the top-level rule. */
  pathInputMax: 1024,
  /**
   * Distinct patterns one policy may hold, counted before anything is compiled: origin regexes of
   * every list (path overrides included) and path patterns, a pattern repeated with the same case and
   * kind of anchoring counted once (it is compiled and walked once). A typical policy has under 80.
   */
  policyPatternsMax: 100,
  /**
   * Work units (`regexCostWeights`: ~5,000 a compile, plus the DFA walks, 15–40 ns a unit) validating
   * one policy's patterns may take, all lists and paths together; it stops where this runs out, so one
   * `PUT` costs at most ~100 ms of CPU, in slices of a few ms. 80 typical patterns with `ignoreCase`
   * take ~2,200,000.
   */
  policyWorkMax: 3_000_000,
} as const;
