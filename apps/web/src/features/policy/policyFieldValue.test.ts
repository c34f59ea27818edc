import { describe, expect, it } from 'vitest';
import { policyNumberParse, policyTokensFormat, policyTokensParse } from './policyFieldValue.ts';

describe('policyFieldValue', () => {
  it('parses comma-separated tokens, ignoring blanks', () => {
    expect(policyTokensParse(' GET, post ,, ')).toEqual(['GET', 'post']);
    expect(policyTokensFormat(policyTokensParse('GET, POST,'))).toBe('GET, POST');
    expect(policyTokensParse('')).toEqual([]);
  });

  it('keeps text that is not a number yet, so the draft shows it with its error', () => {
    expect(policyNumberParse('600')).toBe(600);
    expect(policyNumberParse(' 60 ')).toBe(60);
    expect(policyNumberParse('')).toBe('');
    expect(policyNumberParse('6o')).toBe('6o');
  });
});
