import { describe, expect, it } from 'vitest';
import { policyParse } from './policyParse.ts';
import { regexCheck } from './regex.ts';
import { regexBudgetCheck } from './regexBudget.ts';
import { regexLimits } from './regexLimits.ts';

/** A valid pattern compiling to exactly `size` instructions (a run of literal characters). */
function patternOfSize(size: number): string {
  const source = 'x'.repeat(size - 2);
  expect(regexCheck(source).size).toBe(size);
  return source;
}

const half = patternOfSize(regexLimits.originListProgramMax / 2);

describe('regexBudgetCheck', () => {
  it('accepts a group within its budget, skipping entries that are not patterns', () => {
    expect(regexBudgetCheck([null, half, null, half], regexLimits.originListProgramMax, 'origin')).toBeNull();
  });

  it('reports the pattern that tips an origin list over, with what to do', () => {
    const problem = regexBudgetCheck([half, null, half, 'a'], regexLimits.originListProgramMax, 'origin');
    expect(problem).toEqual({
      index: 3,
      message: expect.stringMatching(/compile to \d+ RE2 instructions, more than the 200 one list may use/),
    });
    expect(problem?.message).toContain('use exact origins and https://*.example.com wildcards');
    expect(regexBudgetCheck([half, half, 'a'], regexLimits.pathsProgramMax, 'paths')?.message).toContain(
      'all path rules may use together',
    );
  });

  it('stops at the first problem, so validation work stays bounded however many entries come', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `(x${i}`);
    expect(regexBudgetCheck(many, regexLimits.originListProgramMax, 'origin')).toEqual({
      index: 0,
      message: expect.stringContaining('not a valid RE2 pattern'),
    });
  });

  it('leaves patterns refused without compiling to their own field', () => {
    expect(regexBudgetCheck(['(.*a){900}', half], regexLimits.originListProgramMax, 'origin')).toBeNull();
  });
});

describe('the regex budgets in the policy schema', () => {
  const errorsOf = (input: unknown) => {
    const result = policyParse(input);
    return result.ok ? [] : result.errors;
  };

  it('budgets each origin list on its own and all path patterns together', () => {
    const path = patternOfSize(regexLimits.pathsProgramMax / 2);
    const errors = errorsOf({
      origin: { mode: 'list', allow: [{ regex: half }, { regex: half }] },
      paths: [
        { path, override: { origin: { mode: 'list', allow: [{ regex: half }, { regex: half }] } } },
        {
          path,
          override: { origin: { mode: 'list', allow: [{ regex: half }, { regex: half }, { regex: 'b' }] } },
        },
        { path: 'c' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual(['paths[1].override.origin.allow[2].regex', 'paths[2].path']);
  });

  it('reports precheck and compile problems at their fields', () => {
    const errors = errorsOf({ origin: { mode: 'list', allow: [{ regex: '(' }, { regex: '(.*a){900}' }] } });
    expect(errors.map((e) => e.path).sort()).toEqual(['origin.allow[0].regex', 'origin.allow[1].regex']);
  });
});
