import { labSessionCookie } from '@cors-playground/engine';
import { describe, expect, it } from 'vitest';
import { eventCookieRedact, eventCookieRedactValue } from './eventCookieRedact.ts';

describe('eventCookieRedact', () => {
  it('keeps every cookie name and hides every value', () => {
    expect(eventCookieRedactValue('a=secret; b=x;c=a=b=c ;  ;d=')).toBe(
      'a=(redacted); b=(redacted); c=(redacted); d=(redacted)',
    );
  });

  it('hides a nameless cookie whole, and keeps only the lab’s own public session pair', () => {
    expect(eventCookieRedactValue('bare-value; session=someone-else')).toBe('(redacted); session=(redacted)');
    expect(eventCookieRedactValue(`${labSessionCookie}; t=1`)).toBe(`${labSessionCookie}; t=(redacted)`);
  });

  it('redacts every Cookie line, whatever its case, and leaves other headers alone', () => {
    const headers: Array<[string, string]> = [
      ['Authorization', 'Bearer visible-on-purpose'],
      ['cookie', 'a=1'],
      ['COOKIE', 'b=2'],
    ];
    expect(eventCookieRedact(headers)).toEqual([
      ['Authorization', 'Bearer visible-on-purpose'],
      ['cookie', 'a=(redacted)'],
      ['COOKIE', 'b=(redacted)'],
    ]);
    const plain: Array<[string, string]> = [['accept', '*/*']];
    expect(eventCookieRedact(plain)).toBe(plain);
  });
});
