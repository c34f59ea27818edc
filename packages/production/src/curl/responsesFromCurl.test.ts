import { describe, expect, it } from 'vitest';
import { responsesFromCurl } from './responsesFromCurl.ts';

describe('responsesFromCurl', () => {
  it('parses curl -i output with CRLF line ends and a body', () => {
    const text =
      'HTTP/1.1 200 OK\r\nAccess-Control-Allow-Origin: https://app.example.com\r\nVary: Origin\r\nContent-Type: application/json\r\n\r\n{"ok":true}';
    expect(responsesFromCurl(text)).toEqual({
      ok: true,
      responses: [
        {
          httpVersion: 'HTTP/1.1',
          status: 200,
          statusText: 'OK',
          headers: [
            ['access-control-allow-origin', 'https://app.example.com'],
            ['vary', 'Origin'],
            ['content-type', 'application/json'],
          ],
          body: '{"ok":true}',
        },
      ],
    });
  });

  it('keeps every hop of curl -i -L, skips 100 Continue, handles HTTP/2', () => {
    const text = [
      'HTTP/1.1 100 Continue',
      '',
      'HTTP/2 302',
      'location: https://b.test/x',
      '',
      'HTTP/2 204',
      'access-control-allow-origin: *',
      '',
    ].join('\n');
    const result = responsesFromCurl(text);
    expect(result.ok && result.responses.map((r) => [r.status, r.headers])).toEqual([
      [302, [['location', 'https://b.test/x']]],
      [204, [['access-control-allow-origin', '*']]],
    ]);
  });

  it('reads curl -v response lines', () => {
    const text =
      '> OPTIONS /x HTTP/1.1\n> Origin: https://a.test\n>\n< HTTP/1.1 204 No Content\n< Access-Control-Allow-Methods: PUT\n<\n';
    const result = responsesFromCurl(text);
    expect(result.ok && result.responses[0]?.headers).toEqual([['access-control-allow-methods', 'PUT']]);
  });

  it('explains input that is not curl output', () => {
    expect(responsesFromCurl('hello')).toEqual({ ok: false, error: expect.stringContaining('curl -i') });
    expect(responsesFromCurl('HTTP/1.1 200 OK\nnot a header\n')).toEqual({
      ok: false,
      error: expect.stringContaining('not a header'),
    });
  });
});
