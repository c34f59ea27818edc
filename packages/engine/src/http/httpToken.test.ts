import { describe, expect, it } from 'vitest';
import { httpTokenIs } from './httpToken.ts';

describe('httpTokenIs', () => {
  it.each(['GET', 'patch', 'X-Request-Id', "!#$%&'*+-.^_`|~09azAZ"])('accepts the token %j', (value) => {
    expect(httpTokenIs(value)).toBe(true);
  });

  it.each(['', 'X Request', 'a:b', 'a,b', 'caf\u00e9', 'a\r\n', '"quoted"', '(x)'])('refuses %j', (value) => {
    expect(httpTokenIs(value)).toBe(false);
  });
});
