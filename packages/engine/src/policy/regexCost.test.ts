import type { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { regexCompile } from './regex.ts';
import { regexCost, regexCostUnits } from './regexCost.ts';

/** States a real DFA built while matching `input`, after or without a walk. */
function statesAfter(program: RE2JS, input: string): number {
  program.test(input);
  return (program.re2() as unknown as { dfa: { stateCount: number } }).dfa.stateCount;
}

describe('regexCost', () => {
  it('walks a small DFA completely: its states and transitions are finite, its states small', () => {
    const cost = regexCost(regexCompile('^https://([a-z0-9-]+\\.)?example\\.com$', false), 'none');
    expect(cost.states).toBeGreaterThan(10);
    expect(cost.states).toBeLessThan(60);
    expect(Number.isFinite(cost.transitions)).toBe(true);
    expect(cost.threads).toBeLessThan(cost.size);
  });

  it.each(['a[ab]{12}c', '[ab]*a[ab]{10}$', '(?:[\\s\\S]*[a-z\\pL]){5}!'])(
    'gives up on %s, whose DFA outgrows any input: charged as unbounded',
    (source) => {
      const cost = regexCost(regexCompile(source, false), 'none');
      expect(cost.states).toBe(Infinity);
      expect(cost.threads).toBe(cost.size);
    },
  );

  it('finds every state a real input reaches: a walked DFA builds no more', () => {
    const inputs = ['https://a-b.example.com', 'https://exexample.com.evil', 'HTTPS://\u00e9\n.x', ''];
    for (const anchor of ['none', 'start', 'both'] as const) {
      for (const source of ['^https://([a-z0-9-]+\\.)?example\\.com$', '\\bapi\\b.*\\.(js|css)$', 'a$|^b']) {
        const program = regexCompile(source, true);
        const walked = regexCost(program, anchor).states;
        for (const input of inputs) {
          if (anchor === 'none') expect(statesAfter(program, input)).toBe(walked);
        }
      }
    }
  });

  it('matches as before once walked', () => {
    const program = regexCompile('\\bapi\\b', false);
    regexCost(program, 'none');
    expect(program.test('/x/api/y')).toBe(true);
    expect(program.test('/x/apis/y')).toBe(false);
  });

  it('charges cached steps for a walked DFA, a transition per character otherwise', () => {
    const walked = regexCost(regexCompile('^/api/', false), 'none');
    const unbounded = regexCost(regexCompile('a[ab]{12}c', false), 'none');
    expect(regexCostUnits(walked, 1024)).toBeLessThan(300);
    expect(regexCostUnits(unbounded, 1024)).toBeGreaterThan(1024 * 10);
  });
});
