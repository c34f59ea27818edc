import { describe, expect, it } from 'vitest';
import type { BrowserName, FetchRequest, Trace } from '../browser/fetchTypes.ts';
import type { HeaderList, ServerRequest, ServerResponse } from '../http/httpTypes.ts';
import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';
import { corsFixture } from '../server/corsFixture.testkit.ts';
import { serverFromPolicy } from '../server/serverFromPolicy.ts';
import { fixSuggest } from './fixSuggest.ts';

const { app, other, api, policy } = corsFixture;

type Route = (request: ServerRequest) => ServerResponse;
const okRoute: Route = () => ({
  status: 200,
  headers: [
    ['Content-Type', 'application/json'],
    ['X-Total', '3'],
  ] as HeaderList,
  body: '{}',
});

function suggest(
  input: PolicyInput,
  request: FetchRequest,
  options: { route?: Route; readHeaders?: string[]; browser?: BrowserName } = {},
) {
  const route = options.route ?? okRoute;
  const browser = options.browser ?? 'chromium';
  const simulate = (p: Policy): Trace => simulateFetchSync(request, serverFromPolicy(p, route), { browser });
  const start = policy(input);
  const trace = simulate(start);
  const fixes = fixSuggest({ policy: start, request, trace, simulate, readHeaders: options.readHeaders });
  for (const fix of fixes) {
    // Every fix is a valid policy that really makes the request pass.
    expect(policyParse(fix.policy)).toEqual({ ok: true, policy: fix.policy });
    expect(simulate(fix.policy).ok).toBe(true);
  }
  return { trace, fixes };
}

const put: FetchRequest = {
  pageOrigin: app,
  url: `${api}/x`,
  method: 'PUT',
  headers: [['X-Custom', '1']],
  credentials: 'include',
};

describe('fixSuggest with the real simulator', () => {
  it.each<BrowserName>(['chromium', 'firefox'])(
    'opens the default policy to the page origin first (%s)',
    (browser) => {
      const { trace, fixes } = suggest({}, put, { browser });
      expect(trace.ok).toBe(false);
      expect(fixes[0]).toMatchObject({
        id: 'origin-add+credentials-enable',
        safe: true,
        patch: 'origin.allow += "http://localhost:5173"; credentials = true',
      });
      expect(fixes[0]?.policy.origin).toEqual({ mode: 'list', allow: [app] });
      const reflect = fixes.find((f) => f.id.startsWith('origin-reflect'));
      expect(reflect).toMatchObject({ safe: false });
      expect(reflect?.why).toContain('any website');
      expect(fixes.findIndex((f) => !f.safe)).toBeGreaterThan(0);
    },
  );

  it("replaces '*' by the page origin when credentials are sent", () => {
    const { fixes } = suggest(
      { origin: { mode: 'any' }, credentials: true },
      { ...put, method: 'GET', headers: [] },
    );
    expect(fixes[0]).toMatchObject({ id: 'origin-add', safe: true });
    expect(fixes[0]?.patch).toContain('instead of any');
    expect(fixes.every((f) => !f.id.includes('origin-any'))).toBe(true);
  });

  it('adds the method and the header and fixes the preflight status together when all are needed', () => {
    const { fixes } = suggest(
      {
        origin: { mode: 'list', allow: [app] },
        allowMethods: { mode: 'list', values: ['GET'] },
        allowHeaders: { mode: 'list', values: ['content-type'] },
        preflight: { status: 404 },
      },
      { pageOrigin: app, url: `${api}/x`, method: 'PATCH', headers: [['Authorization', 'Bearer x']] },
    );
    expect(fixes.map((f) => f.id)).toEqual(['method-add+headers-add+preflight-answer']);
    expect(fixes[0]?.policy.allowMethods).toEqual({ mode: 'list', values: ['GET', 'PATCH'] });
    expect(fixes[0]?.policy.allowHeaders).toEqual({
      mode: 'list',
      values: ['content-type', 'authorization'],
    });
  });

  it('answers preflights in the CORS layer when the route 404s them', () => {
    const route: Route = (r) => (r.method === 'OPTIONS' ? { status: 404, headers: [] } : okRoute(r));
    const { fixes } = suggest(
      { origin: { mode: 'list', allow: [app] }, preflight: { continue: true } },
      put,
      {
        route,
      },
    );
    expect(fixes[0]).toMatchObject({ id: 'credentials-enable+preflight-answer', safe: true });
    expect(fixes[0]?.policy.preflight).toEqual({ status: 204, continue: false });
  });

  it('keeps CORS headers on errors so JavaScript sees the real status', () => {
    const route: Route = () => ({ status: 500, headers: [] });
    const { trace, fixes } = suggest(
      { origin: { mode: 'list', allow: [app] }, corsOnErrors: false },
      {
        pageOrigin: app,
        url: `${api}/x`,
      },
      { route },
    );
    expect(trace.ok).toBe(false);
    expect(fixes.map((f) => f.id)).toEqual(['cors-on-errors']);
  });

  it('exposes a header the page wants to read even though the fetch succeeds', () => {
    const request = { pageOrigin: app, url: `${api}/x` };
    const { trace, fixes } = suggest({ origin: { mode: 'list', allow: [app] } }, request, {
      readHeaders: ['X-Total'],
    });
    expect(trace.ok).toBe(true);
    expect(fixes.map((f) => f.id)).toEqual(['expose-add']);
    expect(fixes[0]?.policy.exposeHeaders).toEqual(['x-total']);
  });

  it("offers only unsafe grants to a page whose origin is 'null'", () => {
    const { fixes } = suggest({}, { pageOrigin: 'null', url: `${api}/x` });
    expect(fixes.length).toBeGreaterThan(0);
    expect(fixes.every((f) => !f.safe)).toBe(true);
    expect(fixes.map((f) => f.id)).toContain('origin-null');
    expect(fixes.find((f) => f.id === 'origin-null')?.why).toContain('sandboxed iframe');
  });

  it("marks '*' unsafe for a request without credentials", () => {
    const { fixes } = suggest({}, { pageOrigin: app, url: `${api}/x` });
    expect(fixes[0]).toMatchObject({ id: 'origin-add', safe: true });
    expect(fixes.find((f) => f.id === 'origin-any')).toMatchObject({ safe: false });
  });

  it('changes the path rule in force, not the top level', () => {
    const { fixes } = suggest(
      { origin: { mode: 'list', allow: [app] }, paths: [{ path: '^/admin/', override: { enabled: false } }] },
      { pageOrigin: app, url: `${api}/admin/users` },
    );
    expect(fixes[0]).toMatchObject({ id: 'cors-enable', patch: 'paths[0].override: enabled = true' });
    expect(fixes[0]?.policy.enabled).toBe(true);
    expect(fixes[0]?.policy.paths[0]?.override).toEqual({ enabled: true });
  });

  it('gives nothing for an allowed request or a failure no policy can fix', () => {
    expect(suggest({ origin: { mode: 'any' } }, { pageOrigin: app, url: `${api}/x` }).fixes).toEqual([]);
    const sameOrigin = suggest(
      { origin: { mode: 'any' } },
      { pageOrigin: other, url: `${api}/x`, mode: 'same-origin' },
    );
    expect(sameOrigin.trace.ok).toBe(false);
    expect(sameOrigin.fixes).toEqual([]);
  });
});

describe('fixSuggest with a fake simulator', () => {
  const request: FetchRequest = {
    pageOrigin: app,
    url: `${api}/x`,
    method: 'DELETE',
    credentials: 'include',
  };
  const trace = (ok: boolean): Trace => ({
    browser: 'chromium',
    request,
    ok,
    outcome: ok ? 'allowed' : 'blocked',
    error: ok ? null : 'TypeError: Failed to fetch',
    response: ok ? { type: 'cors', status: 200, headers: {}, redirected: false, url: request.url } : null,
    preflight: { needed: true, sent: true, cached: false, acrm: 'DELETE', acrh: null },
    exchanges: [],
    steps: [],
    consoleChromium: null,
    consoleFirefox: null,
    errorMessages: null,
  });

  it('orders safe before unsafe and smaller before larger, simulating each candidate set once', () => {
    const start = policy({ allowMethods: { mode: 'list', values: ['GET'] } });
    const seen: string[] = [];
    // Passes when the origin is granted in any way and DELETE is allowed; credentials do not matter here.
    const simulate = (p: Policy) => {
      seen.push(JSON.stringify(p));
      const granted = p.origin.mode !== 'list' || p.origin.allow.length > 0;
      const methods = p.allowMethods.mode === 'list' && p.allowMethods.values.includes('DELETE');
      return trace(granted && methods);
    };
    const fixes = fixSuggest({ policy: start, request, trace: trace(false), simulate });
    expect(fixes.map((f) => [f.id, f.safe])).toEqual([
      ['origin-add+method-add', true],
      ['origin-reflect+method-add', false],
    ]);
    expect(new Set(seen).size).toBe(seen.length);
    expect(start.allowMethods).toEqual({ mode: 'list', values: ['GET'] });
  });
});
