import { describe, expect, it } from 'vitest';
import { scriptServerRawRequest, scriptServerRawResponse } from './scriptServerRaw.ts';

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
    expect(scriptServerRawResponse(204, [['a', '1']], '')).toBe('HTTP/1.1 204 No Content\r\na: 1\r\n\r\n');
  });
});
