import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { preflightCacheCreate } from './preflightCache.ts';
import { simTestApi, simTestPage, simTestRun } from './simTest.testkit.ts';

const acao: HeaderList = [['access-control-allow-origin', simTestPage]];

function setup(browser: BrowserName, preflight: HeaderList) {
  let clock = 0;
  const cache = preflightCacheCreate();
  const responses = {
    [`OPTIONS ${simTestApi}`]: { status: 204, headers: [...acao, ...preflight] },
    [`PUT ${simTestApi}`]: { status: 200, headers: acao },
    [`DELETE ${simTestApi}`]: { status: 200, headers: acao },
  };
  const fetchAt = (at: number, method = 'PUT', headers: HeaderList = []) => {
    clock = at;
    return simTestRun({ method, headers }, responses, browser, { preflightCache: cache, now: () => clock });
  };
  return fetchAt;
}

describe('preflight cache (https://fetch.spec.whatwg.org/#cors-preflight-cache)', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    it(`${browser}: reuses a preflight for 5 s by default`, () => {
      const fetchAt = setup(browser, [['access-control-allow-methods', 'PUT']]);
      expect(fetchAt(0).preflight.sent).toBe(true);
      const cached = fetchAt(4_000);
      expect(cached.preflight).toMatchObject({ needed: true, sent: false, cached: true });
      expect(cached.exchanges.map((e) => e.kind)).toEqual(['actual']);
      expect(fetchAt(5_000).preflight.sent).toBe(true);
    });

    it(`${browser}: does not cover a method or header the preflight did not grant`, () => {
      const fetchAt = setup(browser, [
        ['access-control-allow-methods', 'PUT, DELETE'],
        ['access-control-max-age', '60'],
      ]);
      fetchAt(0);
      expect(fetchAt(1_000, 'DELETE').preflight.cached).toBe(true);
      expect(fetchAt(2_000, 'PUT', [['x-new', '1']]).preflight.sent).toBe(true);
    });

    it(`${browser}: caps Access-Control-Max-Age`, () => {
      const fetchAt = setup(browser, [
        ['access-control-allow-methods', 'PUT'],
        ['access-control-max-age', '100000'],
      ]);
      fetchAt(0);
      expect(fetchAt(7_199_000).preflight.cached).toBe(true);
      expect(fetchAt(7_200_000).preflight.cached).toBe(browser === 'firefox');
    });

    it(`${browser}: does not cache with Access-Control-Max-Age: 0`, () => {
      const fetchAt = setup(browser, [
        ['access-control-allow-methods', 'PUT'],
        ['access-control-max-age', '0'],
      ]);
      fetchAt(0);
      expect(fetchAt(0).preflight.sent).toBe(true);
    });
  }

  it('Chromium replaces an entry; Firefox merges grants from several preflights', () => {
    const run = (browser: BrowserName) => {
      let clock = 0;
      const cache = preflightCacheCreate();
      const grant = (methods: string) => ({
        [`OPTIONS ${simTestApi}`]: {
          status: 204,
          headers: [...acao, ['access-control-allow-methods', methods]] as HeaderList,
        },
        [`PUT ${simTestApi}`]: { status: 200, headers: acao },
        [`DELETE ${simTestApi}`]: { status: 200, headers: acao },
      });
      const at = (t: number, method: string, methods: string) => {
        clock = t;
        return simTestRun({ method }, grant(methods), browser, { preflightCache: cache, now: () => clock });
      };
      at(0, 'PUT', 'PUT');
      at(100, 'DELETE', 'DELETE');
      return at(200, 'PUT', 'PUT').preflight.cached;
    };
    expect(run('chromium')).toBe(false);
    expect(run('firefox')).toBe(true);
  });

  it('keys credentialed and uncredentialed preflights apart', () => {
    for (const browser of ['chromium', 'firefox'] as const) {
      const cache = preflightCacheCreate();
      const responses = {
        [`OPTIONS ${simTestApi}`]: {
          status: 204,
          headers: [
            ...acao,
            ['access-control-allow-methods', 'PUT'],
            ['access-control-allow-credentials', 'true'],
          ] as HeaderList,
        },
        [`PUT ${simTestApi}`]: {
          status: 200,
          headers: [...acao, ['access-control-allow-credentials', 'true']] as HeaderList,
        },
      };
      simTestRun({ method: 'PUT' }, responses, browser, { preflightCache: cache, now: () => 0 });
      const include = simTestRun({ method: 'PUT', credentials: 'include' }, responses, browser, {
        preflightCache: cache,
        now: () => 0,
      });
      expect(include.preflight.sent).toBe(true);
    }
  });

  it("bypasses the cache for cache: 'no-store' and 'reload'", () => {
    const fetchAt = (cacheMode: 'no-store' | 'default') => {
      const cache = preflightCacheCreate();
      const responses = {
        [`OPTIONS ${simTestApi}`]: {
          status: 204,
          headers: [...acao, ['access-control-allow-methods', 'PUT']] as HeaderList,
        },
        [`PUT ${simTestApi}`]: { status: 200, headers: acao },
      };
      simTestRun({ method: 'PUT' }, responses, 'chromium', { preflightCache: cache, now: () => 0 });
      return simTestRun({ method: 'PUT', cache: cacheMode }, responses, 'chromium', {
        preflightCache: cache,
        now: () => 0,
      });
    };
    expect(fetchAt('no-store').preflight.sent).toBe(true);
    expect(fetchAt('default').preflight.cached).toBe(true);
  });
});

describe("WebKit's preflight cache (observed in WebKitGTK 2.50)", () => {
  it('caps Max-Age at 10 minutes and does not cache a negative one', () => {
    const capped = setup('webkit', [
      ['access-control-allow-methods', 'PUT'],
      ['access-control-max-age', '86400'],
    ]);
    capped(0);
    expect(capped(599_000).preflight.cached).toBe(true);
    expect(capped(600_000).preflight.sent).toBe(true);
    const negative = setup('webkit', [
      ['access-control-allow-methods', 'PUT'],
      ['access-control-max-age', '-1'],
    ]);
    negative(0);
    expect(negative(1).preflight.sent).toBe(true);
  });

  it('keeps an entry after a later preflight to the URL failed, where Chromium and Firefox drop it', () => {
    const run = (browser: BrowserName) => {
      const fetchAt = setup(browser, [
        ['access-control-allow-methods', 'PUT'],
        ['access-control-max-age', '60'],
      ]);
      fetchAt(0);
      expect(fetchAt(1, 'PUT', [['x-new', '1']]).ok).toBe(false);
      return fetchAt(2).preflight.cached;
    };
    expect(run('webkit')).toBe(true);
    expect(run('chromium')).toBe(false);
    expect(run('firefox')).toBe(false);
  });
});
