import { describe, expect, it } from 'vitest';
import { workshopNameLengthMax } from '@cors-playground/protocol';
import { workshopNameKey, workshopNameParse } from './workshopName.ts';

describe('workshopNameParse', () => {
  it('normalises: NFC, trimmed, one space between words', () => {
    expect(workshopNameParse(' Ade\u0301la \t  Smith\u3000')).toMatchObject({
      ok: true,
      name: 'Adéla Smith',
    });
    expect(workshopNameParse('Ana ❤️')).toMatchObject({ ok: true, name: 'Ana ❤️' });
  });

  it.each([
    ['a right-to-left override', 'rotcurtsni\u202E eht'],
    ['a bidi isolate', 'Ada\u2067x\u2069'],
    ['a zero-width space', 'Ad\u200Ba'],
    ['a zero-width joiner', 'Ad\u200Da'],
    ['a byte order mark', 'Ad\uFEFFa'],
    ['a soft hyphen', 'Ad\u00ADa'],
    ['a Hangul filler', '\u3164'],
    ['a control character', 'Ada\u0007'],
    ['a private-use character', 'Ada\uE000'],
  ])('refuses %s, naming the code point', (_what, raw) => {
    const parsed = workshopNameParse(raw);
    expect(parsed).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/invisible or control characters \(U\+[0-9A-F]{4}\)/),
    });
  });

  it('refuses names with nothing visible, too long, or posing as the instructor', () => {
    expect(workshopNameParse('\u0301\u0301')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/letter/),
    });
    expect(workshopNameParse('x'.repeat(workshopNameLengthMax + 1))).toMatchObject({
      ok: false,
      reason: `must be at most ${workshopNameLengthMax} characters.`,
    });
    for (const raw of [
      'Instructor',
      'the INSTRUCTOR',
      'In-struc-tor',
      'ｉｎｓｔｒｕｃｔｏｒ',
      'Teacher Tom',
    ]) {
      expect(workshopNameParse(raw), raw).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/instructor/),
      });
    }
  });

  it('gives look-alikes by case and width one key', () => {
    expect(workshopNameKey('Ada')).toBe(workshopNameKey('ＡＤＡ'));
    expect(workshopNameKey('Ada')).not.toBe(workshopNameKey('Adam'));
  });
});
