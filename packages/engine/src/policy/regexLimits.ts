/**
 * Bounds on user-supplied patterns and on the text they run against. RE2 is linear in the input, but
 * the factor is the size of the compiled program: `(.*a){900}!!` is linear yet costs ~0.7 s on an 8 KB
 * `Origin`, and fifty of them froze the API for half a minute. When RE2's DFA cannot reuse its states,
 * each character builds a new one at a cost that grows with the program, so one large pattern costs
 * more than several small ones of the same total. The values below keep the worst lab request under
 * the 10 ms CPU goal (4–8 ms measured on a busy 2-core machine), as `corsRespond.worstCase.test.ts`
 * and the engine bench measure.
 * docs/policy.md states them for users.
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
   * Largest compiled program of one pattern, in RE2 instructions: the cost of the worst pattern grows
   * faster than its size. `^https://([a-z0-9-]{1,63}\.)*example\.com$` (152) must fit.
   */
  programMax: 160,
  /**
   * Instructions all the regexes of one origin list may compile to together: a request runs one
   * list (the top level's or its path rule's), each regex against an `Origin` of up to `originInputMax`.
   */
  originListProgramMax: 200,
  /** Instructions all `paths[]` patterns may compile to together: a request may try every one. */
  pathsProgramMax: 64,
  /**
   * Longest `Origin` that origin regexes are tried on. A DNS name has at most 253 characters, so a
   * real origin (scheme, host, port) stays under 300; a longer one is hostile or broken. Exact and
   * wildcard entries still compare it, which costs nothing.
   */
  originInputMax: 300,
  /** Longest request path that `paths[]` patterns are tried on; a longer path gets the top-level rule. */
  pathInputMax: 1024,
} as const;
