import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { responseHeadCheck, responseHeadReason } from './responseHead.ts';
import { simTestApi, simTestFailed, simTestPage, simTestRun } from './simTest.testkit.ts';

const acao: [string, string] = ['access-control-allow-origin', simTestPage];

function get(status: number, headers: HeaderList, browser: BrowserName, statusLine?: string) {
  const response = { status, headers, ...(statusLine === undefined ? {} : { statusLine }) };
  return simTestRun({}, { [`GET ${simTestApi}`]: response }, browser);
}

describe('responses refused below CORS (conformance family network-*)', () => {
  it('fails on a NUL byte in any header value, in both browsers, with a network error and no CORS message', () => {
    const chromium = get(200, [acao, ['x-foo', 'a\0b']], 'chromium');
    expect(chromium.outcome).toBe('network-error');
    expect(chromium.failure?.code).toBe('invalid-response');
    expect(simTestFailed(chromium)).toEqual(['response.network']);
    expect(chromium.steps.at(-1)?.reason).toContain('before any CORS check');
    expect(chromium.consoleChromium).toBe('Failed to load resource: net::ERR_INVALID_HTTP_RESPONSE');
    expect(chromium.consoleChromiumLines).toEqual([
      'Failed to load resource: net::ERR_INVALID_HTTP_RESPONSE',
    ]);
    expect(chromium.exchanges).toHaveLength(1);
    const firefox = get(200, [acao, ['x-foo', 'a\0b']], 'firefox');
    expect(firefox.error).toBe('TypeError: NetworkError when attempting to fetch resource.');
    expect(firefox.consoleFirefox).toContain('(Reason: CORS request did not succeed). Status code: (null).');
  });

  it('gives no Firefox CORS reason when the failed request was same-origin', () => {
    const trace = simTestRun(
      { url: `${simTestPage}/s` },
      { [`GET ${simTestPage}/s`]: { status: 200, headers: [['x-foo', 'a\0b']] } },
      'firefox',
    );
    expect(trace.outcome).toBe('network-error');
    expect(trace.consoleFirefox).toBeNull();
  });

  it('treats 407 as a network error in Chromium only', () => {
    expect(get(407, [acao], 'chromium').consoleChromium).toBe(
      'Failed to load resource: net::ERR_UNEXPECTED_PROXY_AUTH',
    );
    const firefox = get(407, [acao], 'firefox');
    expect(firefox.ok).toBe(true);
    expect(firefox.response?.status).toBe(407);
  });

  it('fails a preflight whose response is refused, before its CORS checks', () => {
    const trace = simTestRun(
      { method: 'PUT' },
      {
        [`OPTIONS ${simTestApi}`]: { status: 204, headers: [acao, ['x-foo', '\0']] },
        [`PUT ${simTestApi}`]: { status: 200, headers: [acao] },
      },
    );
    expect(simTestFailed(trace)).toEqual(['preflight.network']);
    expect(trace.consoleChromiumLines).toEqual(['Failed to load resource: net::ERR_INVALID_HTTP_RESPONSE']);
  });

  it('reads status lines and status codes as each browser does', () => {
    const wire = (status: number, statusLine?: string) => ({
      status,
      headers: [],
      ...(statusLine === undefined ? {} : { statusLine }),
    });
    expect(responseHeadCheck(wire(200, 'http/1.1 200 OK'), 'chromium')).toBeNull();
    expect(responseHeadCheck(wire(200, 'http/1.1 200 OK'), 'firefox')?.netError).toBe(
      'ERR_INVALID_HTTP_RESPONSE',
    );
    expect(responseHeadCheck(wire(200, 'HTP/1.1 200 OK'), 'chromium')?.netError).toBe(
      'ERR_INVALID_HTTP_RESPONSE',
    );
    expect(responseHeadCheck(wire(2000, 'HTTP/1.1 2000 OK'), 'chromium')).toBeNull();
    expect(responseHeadCheck(wire(2000, 'HTTP/1.1 2000 OK'), 'firefox')?.reason).toContain(
      'more than three digits',
    );
    expect(responseHeadCheck(wire(99, 'HTTP/1.1 099 Low'), 'firefox')).toBeNull();
  });

  it('quotes the reason phrase the server sent, node:http phrases by default', () => {
    expect(responseHeadReason({ status: 2000, headers: [], statusLine: 'HTTP/1.1 2000 OK' } as never)).toBe(
      'OK',
    );
    expect(responseHeadReason({ status: 200, headers: [], statusLine: 'HTTP/1.1 200' } as never)).toBe('');
    expect(responseHeadReason({ status: 404, headers: [] })).toBe('Not Found');
    expect(responseHeadReason({ status: 600, headers: [] })).toBe('unknown');
  });
});

describe("WebKit's HTTP stack (libsoup, observed in WebKitGTK 2.50)", () => {
  it('reads only HTTP/1.x status lines with a three-digit code from 100 up', () => {
    expect(get(200, [acao], 'webkit', 'HTTP/1.0 200 OK').ok).toBe(true);
    for (const [status, line] of [
      [200, 'HTTP/2.0 200 OK'],
      [200, 'http/1.1 200 OK'],
      [99, 'HTTP/1.1 099 Low'],
      [2000, 'HTTP/1.1 2000 OK'],
    ] as const) {
      const trace = get(status, [acao], 'webkit', line);
      expect(trace.failure?.code, line).toBe('invalid-response');
      expect(trace.error).toBe('TypeError: Load failed');
      expect(trace.consoleWebkitLines).toEqual([]);
    }
  });

  it('passes a 407 on as an ordinary status, where Chromium fails the fetch', () => {
    expect(get(407, [acao], 'webkit').response?.status).toBe(407);
    expect(get(407, [acao], 'chromium').ok).toBe(false);
  });
});
