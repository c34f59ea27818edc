import { describe, expect, it } from 'vitest';
import type { HeaderList } from './../http/httpTypes.ts';
import { simTestApi, simTestPage, simTestRun } from './simTest.testkit.ts';

/**
 * Every error line Chromium's console shows for a fetch, as observed in Chromium 156: the CORS or
 * Fetch API message, and the network line ("Failed to load resource: …") of any failure or error status.
 */
const acao: [string, string] = ['access-control-allow-origin', simTestPage];
const same = `${simTestPage}/s`;

function get(headers: HeaderList, status = 200) {
  return simTestRun({}, { [`GET ${simTestApi}`]: { status, headers } });
}

describe("Chromium's console lines", () => {
  it('adds net::ERR_FAILED to every CORS message', () => {
    expect(get([]).consoleChromiumLines).toEqual([
      `Access to fetch at '${simTestApi}' from origin '${simTestPage}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
      'Failed to load resource: net::ERR_FAILED',
    ]);
  });

  it('logs an error status of a readable response, with the reason phrase, but no headline', () => {
    const trace = get([acao], 404);
    expect(trace.ok).toBe(true);
    expect(trace.consoleChromium).toBeNull();
    expect(trace.consoleChromiumLines).toEqual([
      'Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    expect(get([acao], 302).consoleChromiumLines).toEqual([]);
  });

  it("prints only a network line for redirect: 'error' and for an only-if-cached miss", () => {
    const redirected = simTestRun(
      { redirect: 'error' },
      { [`GET ${simTestApi}`]: { status: 302, headers: [acao, ['location', '/y']] } },
    );
    expect(redirected.consoleChromiumLines).toEqual(['Failed to load resource: net::ERR_FAILED']);
    const miss = simTestRun({ url: same, mode: 'same-origin', cache: 'only-if-cached' }, {});
    expect(miss.exchanges).toEqual([]);
    expect(miss.consoleChromium).toBe('Failed to load resource: net::ERR_CACHE_MISS');
  });

  it('words the mode checks as Fetch API refusals without a network line', () => {
    expect(simTestRun({ mode: 'no-cors', redirect: 'manual' }, {}).consoleChromiumLines).toEqual([
      `Fetch API cannot load ${simTestApi}. Request mode is "no-cors" but the redirect mode is not "follow".`,
    ]);
    const redirected = simTestRun(
      { url: same, mode: 'same-origin' },
      { [`GET ${same}`]: { status: 302, headers: [['location', simTestApi]] } },
    );
    expect(redirected.consoleChromiumLines).toEqual([
      `Unsafe attempt to load URL ${simTestApi} from frame with URL ${simTestPage}/. Domains, protocols and ports must match.\n`,
    ]);
  });

  it('tells an unparsable redirect Location from one with another scheme', () => {
    const location = (value: string) =>
      simTestRun({}, { [`GET ${simTestApi}`]: { status: 302, headers: [acao, ['location', value]] } })
        .consoleChromium;
    expect(location('http://[oops')).toBe('Failed to load resource: net::ERR_INVALID_REDIRECT');
    expect(location('data:,x')).toBe('Failed to load resource: net::ERR_UNSAFE_REDIRECT');
  });
});
