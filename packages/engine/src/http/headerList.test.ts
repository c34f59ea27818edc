import { describe, expect, it } from 'vitest';
import { headerListCombined, headerListGet, headerListIsValue, headerListValues } from './headerList.ts';
import type { HeaderList } from './httpTypes.ts';

const headers: HeaderList = [
  ['Origin', 'http://a'],
  ['cookie', 'a=1'],
  ['COOKIE', 'b=2'],
];

describe('headerList', () => {
  it('finds a header whatever the case of its name, first value first', () => {
    expect(headerListGet(headers, 'origin')).toBe('http://a');
    expect(headerListGet(headers, 'Cookie')).toBe('a=1');
    expect(headerListGet(headers, 'x-missing')).toBeNull();
  });

  it('lists every line of a repeated header, in order', () => {
    expect(headerListValues(headers, 'cookie')).toEqual(['a=1', 'b=2']);
    expect(headerListValues(headers, 'x-missing')).toEqual([]);
  });

  it('combines a repeated header with ", " as fetch\'s Headers.get does', () => {
    expect(headerListCombined(headers, 'Cookie')).toBe('a=1, b=2');
    expect(headerListCombined(headers, 'ORIGIN')).toBe('http://a');
    expect(headerListCombined(headers, 'x-missing')).toBeNull();
  });

  it.each(['http://localhost:5173', '', 'a\tb', 'caf\u00e9'])(
    'can send %j back as a header value',
    (value) => {
      expect(headerListIsValue(value)).toBe(true);
    },
  );

  it.each([' padded', 'a\r\nX-Evil: 1', 'nul\0', '\u4e2d'])(
    'cannot send %j back as a header value',
    (value) => {
      expect(headerListIsValue(value)).toBe(false);
    },
  );
});
