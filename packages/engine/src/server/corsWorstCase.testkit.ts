import { policyParse } from '../policy/policyParse.ts';
import type { OriginRegex, PolicyInput } from '../policy/policySchema.ts';
import type { RegexAnchor } from '../policy/regex.ts';
import { regexBudgetUnits } from '../policy/regexBudget.ts';
import { regexLimits } from '../policy/regexLimits.ts';
import { corsRespond, type CorsRequest } from './corsRespond.ts';

/**
 * Test and bench support: the most expensive policies the schema accepts and the requests that hurt
 * them most, to show that `regexLimits` bound one lab request's CPU time. Not exported from the index.
 */

/**
 * Pattern families RE2 cannot cache well: counted repetitions of ambiguous runs (the `(.*a){900}!!`
 * that froze the API), a word boundary that doubles the states, and a Unicode class that makes every
 * new DFA state allocate a table of ~1400 character classes. Each is scaled to its largest valid size.
 */
const hostileFamilies: ReadonlyArray<[string, (n: number) => string]> = [
  ['(.*a){n}!!', (n) => `(.*a){${n}}!!`],
  ['(?:.*\\b.*a){n}!', (n) => `(?:.*\\b.*a){${n}}!`],
  ['(?:[\\s\\S]*[a-z\\pL]){n}!', (n) => `(?:[\\s\\S]*[a-z\\pL]){${n}}!`],
  // More DFA states than any input is long: every character builds a new one.
  ['a[ab]{n}c', (n) => `a[ab]{${n}}c`],
  ['[ab]*a[ab]{n}$', (n) => `[ab]*a[ab]{${n}}$`],
  // Many small entries instead of a few large ones: what each entry costs on its own.
  ['a.{8}!', () => 'a.{8}!'],
  // Ordinary patterns, as many as the budget allows: the cheapest way to fill it with compiling.
  ['^https://([a-z0-9-]+\\.)?exampleN\\.com$', (n) => `^https://([a-z0-9-]+\\.)?example${n}\\.com$`],
];

/** Patterns of one family filling `budget` work units on `inputMax` characters, costliest first. */
function corsWorstCaseFill(
  family: (n: number) => string,
  anchor: RegexAnchor,
  ignoreCase: boolean,
  inputMax: number,
  budget: number,
  cap: number,
): string[] {
  const options: Array<{ source: string; units: number }> = [];
  // A spread of sizes rather than every one: each candidate's DFA is walked.
  for (const n of [1, 2, 3, 4, 6, 8, 12, 16, 20, 24, 30, 40, 50, 64, 80, 100]) {
    const source = family(n);
    const units = regexBudgetUnits({}, source, ignoreCase, anchor, inputMax);
    if (units > 0 && !options.some((o) => o.source === source)) options.push({ source, units });
  }
  options.sort((a, b) => b.units - a.units);
  const patterns: string[] = [];
  let left = budget;
  for (const option of options) {
    // Lists hold at most 200 entries and path rules 50: the schema's own caps.
    while (option.units <= left && patterns.length < cap) {
      patterns.push(option.source);
      left -= option.units;
    }
  }
  return patterns;
}

/**
 * Texts that keep the patterns above busy: long runs of `a`, mixed classes, a word-boundary mix, a
 * pseudo-random run of `a` and `b` (new DFA states at every character), and label-like text. Each
 * starts with the literals the patterns require, so no prefilter turns it away early.
 */
function corsWorstCaseTexts(length: number): string[] {
  const cycle = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  let seed = 12345;
  const random = (alphabet: string) =>
    Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return alphabet[(seed >> 16) % alphabet.length];
    }).join('');
  return [
    `${'a'.repeat(length - 3)}b!!`,
    `${cycle('aZ9.-_é').slice(0, length - 3)}b!!`,
    cycle('ab!a a'),
    `c!!${random('ab').slice(3)}`,
    `https://${random('example0123456789-.com').slice(8)}`,
  ];
}

export interface CorsWorstCase {
  name: string;
  policy: PolicyInput;
  requests: CorsRequest[];
}

/**
 * For each hostile family, anchor mode and case mode: an origin list and path rules filled to their
 * budgets, with requests whose `Origin` and path are as long as the limits let patterns run on, and one
 * with an 8 KB `Origin` and path (which the limits keep away from the patterns).
 */
export function corsWorstCases(): CorsWorstCase[] {
  const cases: CorsWorstCase[] = [];
  const origins = corsWorstCaseTexts(regexLimits.originInputMax - 'http://'.length).map((t) => `http://${t}`);
  const paths = corsWorstCaseTexts(regexLimits.pathInputMax - 1).map((t) => `/${t}`);
  const huge = 'a'.repeat(8192);
  for (const [label, family] of hostileFamilies) {
    const pathSources = corsWorstCaseFill(
      family,
      'none',
      false,
      regexLimits.pathInputMax,
      regexLimits.pathsCostMax,
      50,
    );
    for (const anchor of ['none', 'start', 'both'] as const) {
      for (const ignoreCase of [false, true]) {
        const allowSources = corsWorstCaseFill(
          family,
          anchor,
          ignoreCase,
          regexLimits.originInputMax,
          regexLimits.originListCostMax,
          200,
        );
        const allow: OriginRegex[] = allowSources.map((regex) => ({ regex, anchor, ignoreCase, flags: '' }));
        const requests: CorsRequest[] = origins.map((origin, i) => ({
          method: 'GET',
          url: paths[i] ?? '/',
          headers: [['Origin', origin]],
        }));
        requests.push({ method: 'GET', url: `/${huge}`, headers: [['Origin', `http://${huge}`]] });
        cases.push({
          name: `${label} ×${allowSources.length}, anchor ${anchor}${ignoreCase ? ', ignoreCase' : ''}`,
          policy: { origin: { mode: 'list', allow }, paths: pathSources.map((path) => ({ path })) },
          requests,
        });
      }
    }
  }
  return cases;
}

/**
 * The worst single-request time over all cases, each request timed on a freshly parsed policy (the
 * first request after the policy is applied: validation compiled its patterns and built their DFAs) and reported as the median of `runs` tries, in the unit of `clock`.
 */
export function corsWorstCaseMeasure(
  clock: () => number,
  runs = 3,
  cases: CorsWorstCase[] = corsWorstCases(),
): { time: number; name: string; perCase: Array<{ name: string; time: number }> } {
  const perCase: Array<{ name: string; time: number }> = [];
  for (const worstCase of cases) {
    let caseTime = 0;
    for (const request of worstCase.requests) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        const parsed = policyParse(worstCase.policy);
        if (!parsed.ok) throw new Error(`${worstCase.name}: ${JSON.stringify(parsed.errors)}`);
        const start = clock();
        corsRespond(parsed.policy, request);
        times.push(clock() - start);
      }
      times.sort((a, b) => a - b);
      caseTime = Math.max(caseTime, times[Math.floor(times.length / 2)] ?? 0);
    }
    perCase.push({ name: worstCase.name, time: caseTime });
  }
  const worst = perCase.reduce((a, b) => (b.time > a.time ? b : a), { name: '', time: 0 });
  return { time: worst.time, name: worst.name, perCase };
}
