import { describe, expect, it } from 'vitest';
import { policyParse } from './policyParse.ts';
import { regexBudgetCheck, regexBudgetProblems, regexBudgetUnits } from './regexBudget.ts';
import { regexCostWeights } from './regexCost.ts';
import { regexLimits } from './regexLimits.ts';

/** A pattern with more DFA states than any input is long: charged a transition per character. */
const hostile = 'a[ab]{12}c';
const hostileOriginUnits = regexBudgetUnits({}, hostile, false, 'none', regexLimits.originInputMax);
const hostilePathUnits = regexBudgetUnits({}, hostile, false, 'none', regexLimits.pathInputMax);
const perList = Math.floor(regexLimits.originListCostMax / hostileOriginUnits);
const perPaths = Math.floor(regexLimits.pathsCostMax / hostilePathUnits);

describe('regexBudgetUnits', () => {
  it('charges a walked DFA for cached steps only, and a DFA too large to walk for every character', () => {
    const typical = regexBudgetUnits({}, '^https://([a-z0-9-]+\\.)?example\\.com$', true, 'both', 300);
    expect(typical).toBeLessThan(200);
    expect(hostileOriginUnits).toBeGreaterThan(50 * typical);
    expect(hostilePathUnits).toBeGreaterThan(3 * hostileOriginUnits);
  });

  it('counts nothing for a pattern refused on its own', () => {
    expect(regexBudgetUnits({}, '(', false, 'none', 300)).toBe(0);
  });
});

describe('regexBudgetProblems', () => {
  it('accepts lists and path rules within their budgets', () => {
    const regex = { regex: hostile };
    const policy = {
      origin: { mode: 'list', allow: ['http://a', ...Array.from({ length: perList }, () => regex)] },
      paths: Array.from({ length: perPaths }, () => ({ path: hostile, override: {} })),
    };
    expect(perList).toBeGreaterThanOrEqual(2);
    expect(regexBudgetProblems(policy)).toEqual([]);
  });

  it('reports the origin regex that tips a list over, with what to do', () => {
    const allow = [
      'https://*.example.com',
      ...Array.from({ length: perList + 1 }, () => ({ regex: hostile })),
    ];
    const problems = regexBudgetProblems({ origin: { mode: 'list', allow }, paths: [] });
    expect(problems).toEqual([
      {
        path: ['origin', 'allow', perList + 1, 'regex'],
        message: expect.stringMatching(
          /may cost a request [\d,]+ work units, more than the 60,000 one list may use together/,
        ),
      },
    ]);
    expect(problems[0]?.message).toContain('use exact origins and https://*.example.com wildcards');
  });

  it('counts path patterns together, and each override list on its own', () => {
    const list = { mode: 'list', allow: Array.from({ length: perList }, () => ({ regex: hostile })) };
    const over = { mode: 'list', allow: [...list.allow, { regex: hostile }] };
    const problems = regexBudgetProblems({
      paths: [
        ...Array.from({ length: perPaths }, () => ({ path: hostile, override: { origin: list } })),
        { path: hostile, override: { origin: over } },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      ['paths', perPaths, 'path'],
      ['paths', perPaths, 'override', 'origin', 'allow', perList, 'regex'],
    ]);
    expect(problems[0]?.message).toContain('merge rules that share an override');
  });

  it('compiles origin regexes here and stops a list at its first problem', () => {
    const allow = Array.from({ length: regexLimits.policyPatternsMax }, (_, i) => ({ regex: `(x${i}` }));
    const { problems, work } = regexBudgetCheck({ origin: { mode: 'list', allow }, paths: [] });
    expect(problems).toEqual([
      { path: ['origin', 'allow', 0, 'regex'], message: expect.stringContaining('not a valid RE2 pattern') },
    ]);
    expect(work).toBe(allow.length + regexCostWeights.compile);
  });

  it('refuses more distinct patterns than a policy may hold before compiling any, however many come', () => {
    const allow = Array.from({ length: 5000 }, (_, i) => ({ regex: `(x${i}` }));
    const { problems, work } = regexBudgetCheck({ origin: { mode: 'list', allow }, paths: [] });
    expect(problems).toEqual([
      {
        path: ['origin', 'allow', regexLimits.policyPatternsMax, 'regex'],
        message: expect.stringContaining('more than the 100 distinct regexes one policy may hold'),
      },
    ]);
    expect(work).toBe(regexLimits.policyPatternsMax + 1);
  });

  it('leaves patterns refused on their own to their field', () => {
    const errors = policyParse({
      origin: { mode: 'list', allow: [{ regex: '(' }, { regex: '(.*a){900}' }] },
    });
    expect(errors.ok === false && errors.errors.map((e) => e.path).sort()).toEqual([
      'origin.allow[0].regex',
      'origin.allow[1].regex',
    ]);
  });
});
