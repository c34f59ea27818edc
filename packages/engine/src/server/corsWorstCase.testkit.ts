import { policyParse } from '../policy/policyParse.ts';
import type { OriginRegex, PolicyInput } from '../policy/policySchema.ts';
import { regexCheck } from '../policy/regex.ts';
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
  // Many small entries instead of a few large ones: what each entry costs on its own.
  ['a.{8}!', () => 'a.{8}!'],
];

/** Patterns of one family filling `budget` instructions, largest first. */
function corsWorstCaseFill(family: (n: number) => string, budget: number): string[] {
  const patterns: string[] = [];
  let left = budget;
  while (left > 0) {
    let best: { source: string; size: number } | null = null;
    for (let n = 1; n <= regexLimits.repeatMax; n++) {
      const { size } = regexCheck(family(n));
      if (size !== null && size <= left && (!best || size > best.size)) best = { source: family(n), size };
    }
    if (!best) break;
    patterns.push(best.source);
    left -= best.size;
  }
  return patterns;
}

/** Texts that keep the patterns above busy: long runs of `a`, mixed classes, and a word-boundary mix. */
function corsWorstCaseTexts(length: number): string[] {
  const cycle = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [`${'a'.repeat(length - 3)}b!!`, `${cycle('aZ9.-_é').slice(0, length - 3)}b!!`, cycle('ab!a a')];
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
    const allowSources = corsWorstCaseFill(family, regexLimits.originListProgramMax);
    const pathSources = corsWorstCaseFill(family, regexLimits.pathsProgramMax);
    for (const anchor of ['none', 'start', 'both'] as const) {
      for (const ignoreCase of [false, true]) {
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
 * The worst single-request time over all cases, each request timed on a freshly parsed policy (so
 * compiling its patterns counts too) and reported as the median of `runs` tries, in the unit of `clock`.
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
