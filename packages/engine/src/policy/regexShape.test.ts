import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { regexShape } from './regexShape.ts';

describe('regexShape', () => {
  it.each<[string, number]>([
    ['^https://example\\.com$', 1],
    ['a{63}', 63],
    ['a{2,63}', 63],
    ['a{63,}', 63],
    ['(a{10}){20}', 200],
    ['(?:(?:x{2}){3}y{4}){5}', 30],
    ['(a{10})b{20}', 20],
    ['(?P<label>[a-z]{1,63}\\.)*', 63],
    ['(.*a){900}!!', 900],
  ])('multiplies nested repetition counts: %s repeats %i times', (source, repeat) => {
    expect(regexShape(source).repeat).toBe(repeat);
  });

  it.each([
    ['a{,5}', 'not a repetition in RE2: a literal brace'],
    ['\\{1000}', 'an escaped brace'],
    ['[a{1000}]', 'inside a class'],
    ['\\Qa{1000}\\E', 'quoted'],
    ['\\p{Greek}', 'a Unicode class name'],
    ['\\x{41}', 'a hexadecimal escape'],
  ])('does not read %s as a repetition (%s)', (source) => {
    expect(regexShape(source).repeat).toBe(1);
  });

  it('counts atoms once per repetition', () => {
    expect(regexShape('abc').atoms).toBe(3);
    expect(regexShape('(ab){10}c').atoms).toBe(21);
    expect(regexShape('[a-z0-9-]{1,63}').atoms).toBe(63);
    expect(regexShape('(?i)a|b').atoms).toBe(2);
    expect(regexShape('a(bc){0}').atoms).toBe(1);
  });

  it('never counts more atoms than RE2 compiles instructions for unfactored patterns', () => {
    const piece = fc.constantFrom('a', '.', '\\d', '[a-z]', '\\.', '(x|yz)', '(?:ab)', '^', '$', 'q*', 'r+?');
    const repeat = fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, repeat), { minLength: 1, maxLength: 8 }), (parts) => {
        const source = parts.map(([p, n]) => (n === undefined ? p : `(?:${p}){${n}}`)).join('');
        const size = RE2JS.compile(source).programSize();
        expect(regexShape(source).atoms).toBeLessThanOrEqual(size);
      }),
    );
  });

  it('never throws on a soup of regex syntax', () => {
    const unit = fc.constantFrom(...'\\()[]{}?*+|^$.:<>=!PQEpx019a,-');
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (source) => regexShape(source).repeat >= 0));
  });
});
