import fc from 'fast-check';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { regexCheck, regexMatch } from './regex.ts';
import { regexLimits } from './regexLimits.ts';

describe('regexCheck', () => {
  it('gives the compiled size of a pattern within the limits', () => {
    expect(regexCheck('^https://[a-z0-9-]+\\.example\\.com$')).toEqual({ size: 26, problem: null });
    // A DNS label is up to 63 characters: the longest common counted repetition must fit.
    expect(regexCheck('^https://([a-z0-9-]{1,63}\\.)*example\\.com$').size).toBeLessThanOrEqual(
      regexLimits.programMax,
    );
  });

  it.each<[string, string, string]>([
    ['a'.repeat(501), 'source length', 'at most 500 characters long (this one has 501): shorten it'],
    ['(.*a){900}!!', 'repetition count', 'repeats 900 times, more than the 100 allowed'],
    ['(a{20}){20}', 'nested repetition counts', 'repeats 400 times, more than the 100 allowed'],
    ['[a-z]{100}'.repeat(4), 'size, before compiling', 'compiles to at least 400 RE2 instructions'],
    ['(.*a){40}', 'compiled size', 'compiles to 202 RE2 instructions, more than the 160 allowed'],
    ['^https://(?!evil)', 'RE2 syntax', 'not a valid RE2 pattern'],
  ])('refuses %s (%s) and says what to do', (source, _limit, message) => {
    const { size, problem } = regexCheck(source);
    expect(size).toBeNull();
    expect(problem).toContain(message);
  });
});

describe('regexMatch', () => {
  const owner = (regex: string) => ({ regex });

  it.each<{ source: string; anchor: 'none' | 'start' | 'both'; input: string; expected: boolean }>([
    { source: 'example\\.com', anchor: 'none', input: 'https://example.com.evil.io', expected: true },
    { source: 'example\\.com', anchor: 'start', input: 'https://example.com', expected: false },
    {
      source: 'https://example\\.com',
      anchor: 'start',
      input: 'https://example.com.evil.io',
      expected: true,
    },
    {
      source: 'https://example\\.com',
      anchor: 'both',
      input: 'https://example.com.evil.io',
      expected: false,
    },
    { source: 'https://example\\.com|x', anchor: 'both', input: 'https://example.com', expected: true },
    { source: 'a|https', anchor: 'start', input: 'https://x', expected: true },
  ])('applies $source with anchor $anchor', ({ source, anchor, input, expected }) => {
    expect(regexMatch(owner(source), source, false, anchor, input)).toBe(expected);
  });

  it('matches case-insensitively when asked', () => {
    expect(regexMatch(owner('^https://example'), '^https://example', true, 'none', 'HTTPS://EXAMPLE')).toBe(
      true,
    );
    expect(regexMatch(owner('^https://example'), '^https://example', false, 'none', 'HTTPS://EXAMPLE')).toBe(
      false,
    );
  });

  it('compiles once per owner: the owner, not the text, identifies the program', () => {
    const entry = owner('^a$');
    expect(regexMatch(entry, '^a$', false, 'both', 'a')).toBe(true);
    // Policies are immutable values; the program cached for this owner is reused.
    expect(regexMatch(entry, '^b$', false, 'both', 'a')).toBe(true);
    expect(regexMatch(owner('^b$'), '^b$', false, 'both', 'a')).toBe(false);
  });

  it('anchors at the start exactly as a capturing lookingAt() would', () => {
    const source = fc.constantFrom('a', 'ab|b', '(?i)A+', 'b*', '^a', 'a$', '\\bb', '(a|ab)(c|bcd)', '');
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'A', ' '), maxLength: 8 });
    fc.assert(
      fc.property(source, text, (pattern, input) => {
        const expected = RE2JS.compile(pattern).matcher(input).lookingAt();
        expect(regexMatch({}, pattern, false, 'start', input)).toBe(expected);
      }),
    );
  });
});
