import { describe, expect, it } from 'vitest';
import { policyParse } from './policyParse.ts';
import { regexCheck } from './regex.ts';
import { regexBudgetProblems } from './regexBudget.ts';
import { regexLimits } from './regexLimits.ts';

/** A valid pattern compiling to exactly `size` instructions (a run of literal characters). */
function patternOfSize(size: number): string {
  const source = 'x'.repeat(size - 2);
  expect(regexCheck(source).size).toBe(size);
  return source;
}

describe('regexBudgetProblems', () => {
  it('accepts lists and path rules within their budgets', () => {
    const half = patternOfSize(regexLimits.originListProgramMax / 2);
    const policy = {
      origin: { mode: 'list', allow: ['http://a', { regex: half }, { regex: half }] },
      paths: [{ path: patternOfSize(regexLimits.pathsProgramMax), override: {} }],
    };
    expect(regexBudgetProblems(policy)).toEqual([]);
  });

  it('reports the origin regex that tips a list over, with what to do', () => {
    const half = patternOfSize(regexLimits.originListProgramMax / 2);
    const problems = regexBudgetProblems({
      origin: {
        mode: 'list',
        allow: [{ regex: half }, 'https://*.example.com', { regex: half }, { regex: 'a' }],
      },
      paths: [],
    });
    expect(problems).toEqual([
      {
        path: ['origin', 'allow', 3, 'regex'],
        message: expect.stringMatching(/compile to \d+ RE2 instructions, more than the 200 one list may use/),
      },
    ]);
    expect(problems[0]?.message).toContain('use exact origins and https://*.example.com wildcards');
  });

  it('counts path patterns together, and each override list on its own', () => {
    const path = patternOfSize(regexLimits.pathsProgramMax / 2);
    const half = { regex: patternOfSize(regexLimits.originListProgramMax / 2) };
    const problems = regexBudgetProblems({
      paths: [
        { path, override: { origin: { mode: 'list', allow: [half, half] } } },
        { path, override: { origin: { mode: 'list', allow: [half, half, { regex: 'b' }] } } },
        { path: 'c', override: {} },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      ['paths', 2, 'path'],
      ['paths', 1, 'override', 'origin', 'allow', 2, 'regex'],
    ]);
  });

  it('leaves patterns refused on their own to their field', () => {
    const errors = policyParse({
      origin: { mode: 'list', allow: [{ regex: '(' }, { regex: '(.*a){900}' }] },
    });
    expect(errors.ok === false && errors.errors.map((e) => e.path)).toEqual([
      'origin.allow[0].regex',
      'origin.allow[1].regex',
    ]);
  });
});
