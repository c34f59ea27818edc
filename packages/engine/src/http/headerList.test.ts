import { describe, expect, it } from 'vitest';
import { headerListGet, headerListIsValue, headerListValues } from './headerList.ts';
import type { HeaderList } from './httpTypes.ts';

const headers: HeaderList = [
  ['Origin', 'http://a'],
  ['cookie', 'a=1'],
  ['COOKIE', 'b=2'],
  ['Access-Control-Allow-Methods', ' \tGET '],
  ['access-control-allow-methods', 'PUT\t'],
];

describe('headerList', () => {
  it('gets a header whatever the case of its name; null when absent', () => {
    expect(headerListGet(headers, 'origin')).toBe('http://a');
    expect(headerListGet(headers, 'ORIGIN')).toBe('http://a');
    expect(headerListGet(headers, 'x-missing')).toBeNull();
  });

  it('gets a repeated header as its lines joined with ", ", as Fetch and Headers.get do', () => {
    expect(headerListGet(headers, 'Cookie')).toBe('a=1, b=2');
    expect(headerListGet(headers, 'access-control-allow-methods')).toBe('GET, PUT');
  });

  it('gets an empty value as present', () => {
    expect(headerListGet([['X-Empty', '']], 'x-empty')).toBe('');
  });

  it('drops only the spaces and tabs around each line, as an HTTP parser does', () => {
    expect(headerListGet([['x', '\vv\u00a0']], 'x')).toBe('\vv\u00a0');
  });

  it('lists every line of a repeated header, in order', () => {
    expect(headerListValues(headers, 'cookie')).toEqual(['a=1', 'b=2']);
    expect(headerListValues(headers, 'Access-Control-Allow-Methods')).toEqual(['GET', 'PUT']);
    expect(headerListValues(headers, 'x-missing')).toEqual([]);
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
