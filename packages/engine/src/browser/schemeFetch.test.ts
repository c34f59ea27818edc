import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import { simTestPage, simTestRun } from './simTest.testkit.ts';

/** Fetches that never reach a server: other URL schemes (conformance family refuse-scheme-*). */
function fetchUrl(url: string, browser: BrowserName = 'chromium', mode?: 'same-origin' | 'no-cors') {
  return simTestRun({ url, ...(mode ? { mode } : {}) }, {}, browser);
}

describe('schemeFetch', () => {
  it('answers a data: URL itself with a basic response, in any mode; Firefox adds Content-Length', () => {
    const chromium = fetchUrl('data:,hello', 'chromium', 'same-origin');
    expect(chromium.response).toEqual({
      type: 'basic',
      status: 200,
      headers: { 'content-type': 'text/plain;charset=US-ASCII' },
      redirected: false,
      url: 'data:,hello',
    });
    expect(chromium.exchanges).toEqual([]);
    expect(fetchUrl('data:application/json,%7B%7D', 'firefox', 'no-cors').response?.headers).toEqual({
      'content-length': '2',
      'content-type': 'application/json',
    });
    expect(fetchUrl('data:text/plain;base64,aGk=', 'firefox').response?.headers['content-length']).toBe('2');
  });

  it('refuses other schemes with the line Chromium prints, and no network line', () => {
    expect(fetchUrl('ftp://localhost:4000/x').consoleChromiumLines).toEqual([
      'Fetch API cannot load ftp://localhost:4000/x. URL scheme "ftp" is not supported.',
    ]);
    expect(fetchUrl('about:blank').consoleChromium).toBe(
      'Fetch API cannot load about:blank. URL scheme "about" is not supported.',
    );
    expect(fetchUrl('file:///etc/hostname').consoleChromiumLines).toEqual([
      'Not allowed to load local resource: file:///etc/hostname',
    ]);
  });

  it('fails an unknown blob: URL with Chromium network line only', () => {
    const trace = fetchUrl(`blob:${simTestPage}/0000`);
    expect(trace.outcome).toBe('network-error');
    expect(trace.consoleChromiumLines).toEqual(['Failed to load resource: net::ERR_FILE_NOT_FOUND']);
    expect(fetchUrl(`blob:${simTestPage}/0000`, 'firefox').error).toBe(
      'TypeError: NetworkError when attempting to fetch resource.',
    );
  });
});
