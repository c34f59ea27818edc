import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyParse, policyParseSliced, policyParseSliceWork } from './policyParse.ts';
import { policyFieldsSchema } from './policySchema.ts';
import { regexBudgetCheck, regexBudgetSteps } from './regexBudget.ts';
import { regexCostWalkMax, regexCostWeights } from './regexCost.ts';
import { regexLimits } from './regexLimits.ts';

// Validation work is counted, not timed: compiles at a flat rate and every instruction a DFA walk
// handles. A walk stops within one transition of its limit (a transition handles at most two states).
const stepOvershoot = regexCostWeights.transition + 2 * regexLimits.programMax;
/** The most one pattern can cost validation: its check, its program, its walk. */
const sliceMax = 2 * regexCostWeights.compile + regexCostWalkMax + stepOvershoot;
const workMax = regexLimits.policyWorkMax + sliceMax;

/** A counted run of ambiguous `.*`: more DFA states than any Origin is long, slow to compile and walk. */
const ambiguous = (salt: string) => `(?:[\\s\\S]*[a-z\\pL]){40}!${salt}`;
const regex = (source: string) => ({ regex: source, ignoreCase: true });
const list = (allow: unknown[]) => ({ mode: 'list', allow });

/** Fifty path rules whose overrides each allow nine distinct ambiguous regexes, ~32 KB of JSON. */
const fiftyByNine = {
  origin: list(['https://app.example']),
  paths: Array.from({ length: 50 }, (_, i) => ({
    path: `^/p${i}`,
    override: { origin: list(Array.from({ length: 9 }, (_, j) => regex(ambiguous(`${i}.${j}`)))) },
  })),
};

/** As many distinct ambiguous patterns as a policy may hold, one per list and path: each list fits. */
const onePerList = {
  origin: list(['https://app.example']),
  paths: Array.from({ length: 50 }, (_, i) => ({
    path: i < 49 ? ambiguous(`path${i}`) : '^/x',
    override: { origin: list([regex(ambiguous(`over${i}`))]) },
  })),
};

/** Patterns a request can afford (small DFAs), distinct and many: their walks add up. */
const cheapButMany = {
  origin: list(
    Array.from({ length: 50 }, (_, i) => regex(`^https://[a-z0-9-]*\\.?[a-z]{1,4}\\.${i}[a-z]{2,3}$`)),
  ),
  paths: Array.from({ length: 49 }, (_, i) => ({
    path: `^/[a-z]*${i}/[0-9]+`,
    override: { origin: list([regex(`^https://[a-z0-9-]*\\.?[a-z]{1,4}\\.${i}[a-z]{2,3}$`)]) },
  })),
};

const adversarial = { fiftyByNine, onePerList, cheapButMany };

function fields(input: unknown) {
  return policyFieldsSchema.parse(input);
}

/** The most work between two yields of the budget check, and the work in all. */
function budgetSlices(input: unknown): { slice: number; work: number } {
  const steps = regexBudgetSteps(fields(input));
  let work = 0;
  let slice = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    const now = step.done ? step.value.work : step.value;
    slice = Math.max(slice, now - work);
    work = now;
    if (step.done) return { slice, work };
  }
}

/** Patterns made of the parts that make DFAs large, costly to compile or slow to walk; salted apart. */
const costlyPattern = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        '[\\s\\S]*',
        '[a-z\\pL]',
        '(?:.*a){9}',
        'a[ab]{9}c',
        '\\pL{20}',
        '[^a]{30}',
        '(x|y|z)+',
      ),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
    fc.nat(9999),
  )
  .map(([parts, salt]) => `${parts.join('')}!${salt}`);
const costlyEntry = fc.record({
  regex: costlyPattern,
  ignoreCase: fc.boolean(),
  anchor: fc.constantFrom('none', 'both'),
});
const costlyPolicy = fc.record({
  origin: fc.record({ mode: fc.constant('list'), allow: fc.array(costlyEntry, { maxLength: 30 }) }),
  paths: fc.array(
    fc.record({
      path: costlyPattern,
      override: fc.record({
        origin: fc.record({ mode: fc.constant('list'), allow: fc.array(costlyEntry, { maxLength: 6 }) }),
      }),
    }),
    { maxLength: 50 },
  ),
});

describe('the whole-policy regex budget', () => {
  it('refuses a ~32 KB policy of fifty path rules allowing nine ambiguous regexes each, before compiling any', () => {
    const size = JSON.stringify(fiftyByNine).length;
    expect(size).toBeGreaterThan(30_000);
    expect(size).toBeLessThanOrEqual(32 * 1024);
    const parsed = policyParse(fiftyByNine);
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      {
        path: 'paths[5].override.origin.allow[5].regex',
        message: expect.stringContaining('more than the 100 distinct regexes one policy may hold'),
      },
    ]);
    // Counting up to the 101st of its 500 distinct patterns is all the work it got: not one compile.
    expect(regexBudgetCheck(fields(fiftyByNine)).work).toBe(regexLimits.policyPatternsMax + 1);
  });

  it('stops where the validation budget is spent, naming it, when every list fits on its own', () => {
    const { problems, work } = regexBudgetCheck(fields(onePerList));
    expect(problems.at(-1)?.message).toContain(
      `takes more than the ${regexLimits.policyWorkMax.toLocaleString('en-US')} work units one policy may use`,
    );
    expect(work).toBeGreaterThan(regexLimits.policyWorkMax);
    expect(work).toBeLessThanOrEqual(workMax);
  });

  it.each(Object.entries(adversarial))('bounds the work on %s, in slices of one pattern', (_name, input) => {
    const { slice, work } = budgetSlices(input);
    expect(work).toBeLessThanOrEqual(workMax);
    expect(slice).toBeLessThanOrEqual(sliceMax);
  });

  it('bounds the work on any policy of costly patterns, in slices of one pattern', () => {
    fc.assert(
      fc.property(costlyPolicy, (input) => {
        const { slice, work } = budgetSlices(input);
        return work <= workMax && slice <= sliceMax;
      }),
      { numRuns: 25 },
    );
  });

  it.each(Object.entries(adversarial))('answers %s in slices as it does at once', async (_name, input) => {
    let pauses = 0;
    const sliced = await policyParseSliced(input, async () => {
      pauses++;
    });
    expect(sliced).toEqual(policyParse(input));
    const { work } = regexBudgetCheck(fields(input));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(work / (policyParseSliceWork + sliceMax)));
  });
});
