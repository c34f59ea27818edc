import { describe, expect, it } from 'vitest';
import { scriptServerRawNeeded, scriptServerRawRequest, scriptServerRawResponse } from './scriptServerRaw.ts';

describe('scriptServerRawRequest', () => {
  it('reads the method as sent and lower-cases header names', () => {
    const packet = Buffer.from(
      'patch /__t/a/x HTTP/1.1\r\nHost: localhost:17002\r\nOrigin: http://p\r\n\r\nbody',
    );
    expect(scriptServerRawRequest(packet)).toEqual({
      method: 'patch',
      target: '/__t/a/x',
      headers: [
        ['host', 'localhost:17002'],
        ['origin', 'http://p'],
      ],
    });
  });

  it('gives up on an incomplete or malformed head', () => {
    expect(scriptServerRawRequest(Buffer.from('patch /x HTTP/1.1\r\nHost: a'))).toBeNull();
    expect(scriptServerRawRequest(Buffer.from('garbage\r\n\r\n'))).toBeNull();
    expect(scriptServerRawRequest(Buffer.from('GET / HTTP/1.1\r\nno colon\r\n\r\n'))).toBeNull();
  });
});

describe('scriptServerRawResponse', () => {
  it('writes exactly the given header lines', () => {
    expect(scriptServerRawResponse(204, [['a', '1']], '').toString('latin1')).toBe(
      'HTTP/1.1 204 No Content\r\na: 1\r\n\r\n',
    );
  });

  it('writes control bytes and Latin-1 as single bytes, and a status line of its own', () => {
    const bytes = scriptServerRawResponse(2000, [['a', 'x\0\v\f\u00e9']], '', 'HTTP/1.1 2000 OK');
    expect([...bytes]).toEqual([...Buffer.from('HTTP/1.1 2000 OK\r\na: x'), 0, 11, 12, 0xe9, 13, 10, 13, 10]);
  });
});

describe('scriptServerRawNeeded', () => {
  it('is false for what node:http sends itself', () => {
    expect(
      scriptServerRawNeeded(200, [
        ['a', 'tab\tand é'],
        ['b', ''],
      ]),
    ).toBe(false);
  });

  it('is true for control bytes, odd names, statuses node:http refuses and scripted status lines', () => {
    expect(scriptServerRawNeeded(200, [['a', 'x\0']])).toBe(true);
    expect(scriptServerRawNeeded(200, [['a', 'x\v']])).toBe(true);
    expect(scriptServerRawNeeded(200, [['a b', 'x']])).toBe(true);
    expect(scriptServerRawNeeded(99, [])).toBe(true);
    expect(scriptServerRawNeeded(200, [], 'HTTP/1.0 200 OK')).toBe(true);
  });
});
