import { describe, expect, it } from 'vitest';
import type { BrowserName, FetchRequest } from '../browser/fetchTypes.ts';
import { preflightCacheCreate } from '../browser/preflightCache.ts';
import { serverFromScript, type ScriptedResponse } from '../browser/serverFromScript.ts';
import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { cookieSendPredict } from '../cookie/cookieSend.ts';
import type { HeaderList } from '../http/httpTypes.ts';
import { diagnosisFind, diagnosisRemedy } from './diagnosisFind.ts';
import type { DiagnosisInput } from './diagnosisTypes.ts';

/**
 * One test per shape, on hand-written responses shaped like the real servers' (the live ones are in
 * apps/cli/src/diagnosis, where the frameworks run).
 */
const page = 'http://localhost:5173';
const api = 'http://localhost:4000';
const allow: HeaderList = [['access-control-allow-origin', page]];

function run(
  request: Partial<FetchRequest> & { url: string },
  responses: Record<string, ScriptedResponse>,
  extra: Omit<DiagnosisInput, 'trace'> = {},
  browser: BrowserName = 'chromium',
) {
  const trace = simulateFetchSync({ pageOrigin: page, ...request }, serverFromScript(responses), { browser });
  return diagnosisFind({ trace, ...extra });
}

const ids = (found: ReturnType<typeof run>) => found.map((d) => d.id);

describe('diagnosisFind: the page must change', () => {
  it.each(['chromium', 'firefox'] as const)('a lowercase patch is written PATCH, in %s', (browser) => {
    const found = run(
      { url: `${api}/items/1`, method: 'patch' },
      {
        [`OPTIONS ${api}/items/1`]: {
          status: 204,
          headers: [...allow, ['access-control-allow-methods', 'GET,HEAD,PUT,PATCH,POST,DELETE']],
        },
      },
      {},
      browser,
    );
    expect(found[0]).toMatchObject({ id: 'method-case', party: 'page', policyFixMisleading: true });
    expect(found[0]?.remedy).toContain("method: 'PATCH'");
  });

  it("credentials: 'include' against a public * API: do not send credentials", () => {
    const found = run(
      { url: `${api}/public`, credentials: 'include' },
      { [`GET ${api}/public`]: { status: 200, headers: [['access-control-allow-origin', '*']] } },
    );
    expect(found[0]).toMatchObject({ id: 'credentials-public', party: 'page' });
    expect(found[0]?.remedy).toContain("Drop credentials: 'include'");
  });

  it('an Authorization token sent to a third-party public API: do not send it there', () => {
    const url = 'https://api.weather.example/today';
    const found = run(
      { url, headers: [['Authorization', 'Bearer my-app-token']] },
      {
        [`OPTIONS ${url}`]: { status: 204, headers: [['access-control-allow-origin', '*']] },
        [`GET ${url}`]: { status: 200, headers: [['access-control-allow-origin', '*']] },
      },
    );
    expect(found[0]).toMatchObject({ id: 'token-third-party', party: 'page' });
    expect(found[0]?.title).toContain('api.weather.example');
  });

  it('the same token to its own API (same site) is not called a third-party token', () => {
    const found = run(
      { url: `${api}/me`, headers: [['Authorization', 'Bearer t']] },
      { [`OPTIONS ${api}/me`]: { status: 204, headers: allow } },
    );
    expect(ids(found)).not.toContain('token-third-party');
  });

  it("a file:// page (origin null) is served over http rather than allowed as 'null'", () => {
    const trace = simulateFetchSync(
      { pageOrigin: 'null', url: `${api}/data` },
      serverFromScript({ [`GET ${api}/data`]: { status: 200, headers: [] } }),
      { browser: 'chromium' },
    );
    const [first] = diagnosisFind({ trace });
    expect(first).toMatchObject({ id: 'null-origin', party: 'page', challenge: 'null-origin' });
    expect(first?.remedy).toContain('python3 -m http.server');
  });
});

describe('diagnosisFind: another layer', () => {
  it('a 500 without CORS headers after a passing preflight is an error page outside the middleware', () => {
    const found = run(
      { url: `${api}/crash`, method: 'PUT' },
      {
        [`OPTIONS ${api}/crash`]: {
          status: 204,
          headers: [...allow, ['access-control-allow-methods', 'PUT']],
        },
        [`PUT ${api}/crash`]: { status: 500, headers: [['content-type', 'text/html']] },
      },
    );
    expect(found[0]).toMatchObject({ id: 'error-without-cors', party: 'framework' });
    expect(found[0]?.cause).toContain('The preflight passed');
    expect(diagnosisRemedy(found[0]!, 'django')).toContain('CorsMiddleware');
    expect(diagnosisRemedy(found[0]!, 'lambda')).toContain('Gateway Responses');
    expect(diagnosisRemedy(found[0]!, 'fastify')).toContain('reply.raw');
  });

  it('a 502 without CORS headers is the proxy answering for a dead app', () => {
    const found = run({ url: `${api}/x` }, { [`GET ${api}/x`]: { status: 502, headers: [] } });
    expect(found[0]).toMatchObject({ id: 'gateway-error-without-cors', party: 'proxy' });
    expect(diagnosisRemedy(found[0]!, 'nginx')).toContain('always');
  });

  it('a 200 without CORS headers is no error-layer shape: the policy fix is the answer', () => {
    expect(run({ url: `${api}/x` }, { [`GET ${api}/x`]: { status: 200, headers: [] } })).toEqual([]);
  });

  it.each([401, 403])('a preflight answered %i: authentication runs before CORS', (status) => {
    const found = run(
      { url: `${api}/orders`, headers: [['Authorization', 'Bearer t']] },
      { [`OPTIONS ${api}/orders`]: { status, headers: [['www-authenticate', 'Bearer']] } },
    );
    expect(found[0]).toMatchObject({ id: 'preflight-auth', party: 'framework' });
    expect(diagnosisRemedy(found[0]!, 'spring')).toContain('http.cors(');
  });

  it("Spring's 403 Invalid CORS request is a refused origin, not authentication", () => {
    const found = run(
      { url: `${api}/orders`, method: 'PUT' },
      { [`OPTIONS ${api}/orders`]: { status: 403, headers: [], body: 'Invalid CORS request' } },
    );
    expect(ids(found)).not.toContain('preflight-auth');
  });

  it('a preflight redirected to add a trailing slash: call the URL with the slash', () => {
    const found = run(
      { url: `${api}/items`, method: 'DELETE' },
      {
        [`OPTIONS ${api}/items`]: { status: 301, headers: [...allow, ['location', '/items/']] },
      },
    );
    expect(found[0]).toMatchObject({ id: 'preflight-redirect', party: 'page' });
    expect(found[0]?.title).toContain(`${api}/items/`);
    expect(found[0]?.cause).toContain('trailing slash');
    expect(diagnosisRemedy(found[0]!, 'django')).toContain('APPEND_SLASH');
  });
});

describe('diagnosisFind: near misses', () => {
  it.each([
    ['Access-Control-Expose-Header', 'Access-Control-Expose-Headers'],
    ['Access-Control-Allow-Header', 'Access-Control-Allow-Headers'],
    ['Access-Control-Allow-Credential', 'Access-Control-Allow-Credentials'],
  ])('%s is flagged as one edit from %s', (typo, meant) => {
    const found = run(
      { url: `${api}/list` },
      { [`GET ${api}/list`]: { status: 200, headers: [...allow, [typo, 'X-Total-Count']] } },
    );
    const typoFound = found.find((d) => d.id === 'header-typo');
    expect(typoFound).toMatchObject({ party: 'server', title: `${typo} is not ${meant}` });
  });

  it('a correctly spelled header is no typo', () => {
    const found = run(
      { url: `${api}/list` },
      {
        [`GET ${api}/list`]: {
          status: 200,
          headers: [...allow, ['access-control-expose-headers', 'x-total-count']],
        },
      },
    );
    expect(ids(found)).toEqual([]);
  });

  it.each([`${page}/`, `${page}/app`])('an allowed origin written %s has a path', (written) => {
    const found = run(
      { url: `${api}/list` },
      { [`GET ${api}/list`]: { status: 200, headers: [['access-control-allow-origin', written]] } },
    );
    expect(found[0]).toMatchObject({ id: 'origin-typo', party: 'server' });
    expect(found[0]?.remedy).toContain(`as ${page},`);
  });
});

describe('diagnosisFind: reading headers', () => {
  const list = (headers: HeaderList) => ({
    [`GET ${api}/list`]: { status: 200, headers: [...allow, ...headers] },
  });

  it('X-Total-Count sent but not exposed: expose it, in each framework', () => {
    const found = run({ url: `${api}/list` }, list([['x-total-count', '42']]), {
      readHeaders: ['X-Total-Count'],
    });
    expect(found[0]).toMatchObject({ id: 'read-header-hidden', party: 'server' });
    expect(diagnosisRemedy(found[0]!, 'express')).toBe("cors({ ..., exposedHeaders: ['X-Total-Count'] })");
    expect(diagnosisRemedy(found[0]!, 'django')).toBe('CORS_EXPOSE_HEADERS = ["X-Total-Count"]');
  });

  it('X-Total-Count never sent: no CORS setting helps', () => {
    const found = run({ url: `${api}/list` }, list([]), { readHeaders: ['X-Total-Count'] });
    expect(found[0]).toMatchObject({ id: 'read-header-absent', policyFixMisleading: true });
  });

  it('an exposed header raises nothing', () => {
    const found = run(
      { url: `${api}/list` },
      list([
        ['x-total-count', '42'],
        ['access-control-expose-headers', 'X-Total-Count'],
      ]),
      { readHeaders: ['X-Total-Count'] },
    );
    expect(found).toEqual([]);
  });
});

describe('diagnosisFind: caches and the page history', () => {
  const rates = (headers: HeaderList) => ({ [`GET ${api}/rates`]: { status: 200, headers } });
  const other: [string, string] = ['access-control-allow-origin', 'https://other.example'];

  it("a shared cache serving another origin's grant without Vary: Origin points to the Vary challenge", () => {
    const found = run({ url: `${api}/rates` }, rates([other, ['age', '120']]));
    expect(found[0]).toMatchObject({ id: 'vary-missing', party: 'proxy', challenge: 'vary-cache' });
    expect(found[0]?.remedy).toContain('Always send Vary: Origin');
  });

  it('a cache hit without any grant and without Vary: Origin is the same shape', () => {
    const found = run({ url: `${api}/rates` }, rates([['x-cache', 'HIT']]));
    expect(ids(found)).toEqual(['vary-missing']);
  });

  it('another origin granted with Vary: Origin is a plain policy problem', () => {
    expect(run({ url: `${api}/rates` }, rates([other, ['vary', 'Origin']]))).toEqual([]);
  });

  it('a cached preflight the server no longer gives is stale', () => {
    const cache = preflightCacheCreate();
    let now = 0;
    const options = { browser: 'chromium' as const, preflightCache: cache, now: () => now };
    const request = { pageOrigin: page, url: `${api}/items`, method: 'PUT' };
    const grant: HeaderList = [
      ...allow,
      ['access-control-allow-methods', 'PUT'],
      ['access-control-max-age', '600'],
    ];
    simulateFetchSync(
      request,
      serverFromScript({
        [`OPTIONS ${api}/items`]: { status: 204, headers: grant },
        [`PUT ${api}/items`]: { status: 200, headers: allow },
      }),
      options,
    );
    now = 60_000;
    // The server's policy changed: PUT is no longer allowed, yet the page's PUT still goes through.
    const changed = serverFromScript({
      [`OPTIONS ${api}/items`]: { status: 204, headers: allow },
      [`PUT ${api}/items`]: { status: 200, headers: allow },
    });
    const trace = simulateFetchSync(request, changed, options);
    const uncached = simulateFetchSync(request, changed, { browser: 'chromium' });
    expect(trace.preflight.cached).toBe(true);
    expect([trace.outcome, uncached.outcome]).toEqual(['allowed', 'blocked']);
    const found = diagnosisFind({ trace, uncached });
    expect(found[0]).toMatchObject({ id: 'preflight-stale', challenge: 'preflight-cache' });
  });

  it('a session cookie kept home by SameSite makes the API answer 401', () => {
    const url = 'http://api.bank.localhost/private';
    const pageOrigin = 'http://evil.localhost';
    const cookies = cookieSendPredict(
      [
        {
          name: 'session',
          sameSite: 'Lax',
          secure: false,
          httpOnly: true,
          partitioned: false,
          host: 'api.bank.localhost',
          partitionSite: 'http://bank.localhost',
        },
      ],
      { browser: 'chromium', pageOrigin, topLevelUrl: pageOrigin, url, credentials: 'include' },
    );
    const trace = simulateFetchSync(
      { pageOrigin, url, credentials: 'include' },
      serverFromScript({
        [`GET ${url}`]: {
          status: 401,
          headers: [
            ['access-control-allow-origin', pageOrigin],
            ['access-control-allow-credentials', 'true'],
          ],
        },
      }),
      { browser: 'chromium' },
    );
    const found = diagnosisFind({ trace, cookies });
    expect(found[0]).toMatchObject({ id: 'cookie-not-sent', party: 'server' });
    expect(found[0]?.cause).toContain('SameSite=Lax');
  });
});
