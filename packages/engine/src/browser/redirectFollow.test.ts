import { describe, expect, it } from 'vitest';
import type { HeaderList } from './../http/httpTypes.ts';
import { simTestApi, simTestPage, simTestPreflightAllowing, simTestRun } from './simTest.testkit.ts';

const acao: HeaderList = [['access-control-allow-origin', simTestPage]];
const other = 'http://127.0.0.1:4001/y';

function hop(status: number, location: string, headers: HeaderList = acao) {
  return { status, headers: [...headers, ['location', location]] as HeaderList };
}

describe('redirects (https://fetch.spec.whatwg.org/#http-redirect-fetch)', () => {
  it.each([
    [301, 'POST', 'GET'],
    [302, 'POST', 'GET'],
    [303, 'POST', 'GET'],
    [307, 'POST', 'POST'],
    [308, 'POST', 'POST'],
  ])('%s turns %s into %s', (status, method, next) => {
    const trace = simTestRun(
      { method, body: 'b', url: `${simTestPage}/a` },
      {
        [`${method} ${simTestPage}/a`]: hop(status, '/b'),
        [`${next} ${simTestPage}/b`]: { status: 200, headers: [] },
      },
    );
    expect(trace.ok).toBe(true);
    const second = trace.exchanges[1]?.request;
    expect(second?.method).toBe(next);
    expect(second?.body).toBe(next === 'GET' ? null : 'b');
    expect(trace.response).toMatchObject({ type: 'basic', redirected: true, url: `${simTestPage}/b` });
  });

  it('keeps HEAD on 303', () => {
    const trace = simTestRun(
      { method: 'HEAD', url: `${simTestPage}/a` },
      { [`HEAD ${simTestPage}/a`]: hop(303, '/b') },
    );
    expect(trace.exchanges[1]?.request.method).toBe('HEAD');
  });

  it('follows at most 20 redirects', () => {
    const responses: Record<string, ReturnType<typeof hop>> = {};
    for (let i = 0; i < 25; i += 1) responses[`GET ${simTestPage}/r${i}`] = hop(302, `/r${i + 1}`);
    const trace = simTestRun({ url: `${simTestPage}/r0` }, responses);
    expect(trace.outcome).toBe('network-error');
    expect(trace.failure?.code).toBe('too-many-redirects');
    expect(trace.exchanges).toHaveLength(21);
  });

  it("fails with redirect: 'error' and returns an opaque redirect with 'manual'", () => {
    const responses = { [`GET ${simTestApi}`]: hop(302, '/z') };
    expect(simTestRun({ redirect: 'error' }, responses).failure?.code).toBe('redirect-mode-error');
    const manual = simTestRun({ redirect: 'manual' }, responses);
    expect(manual.ok).toBe(true);
    expect(manual.response).toEqual({
      type: 'opaqueredirect',
      status: 0,
      headers: {},
      redirected: false,
      url: simTestApi,
    });
  });

  it('runs the CORS check on the redirect response itself', () => {
    const trace = simTestRun({}, { [`GET ${simTestApi}`]: hop(302, other, []) });
    expect(trace.failure).toMatchObject({ code: 'missing-allow-origin', exchange: 0 });
  });

  it('taints the origin to null after a cross-origin hop to another origin', () => {
    const trace = simTestRun(
      {},
      {
        [`GET ${simTestApi}`]: hop(302, other),
        [`GET ${other}`]: { status: 200, headers: acao },
      },
    );
    expect(trace.exchanges.map((e) => e.origin)).toEqual([simTestPage, 'null']);
    expect(trace.failure).toMatchObject({ code: 'allow-origin-mismatch', exchange: 1 });
    expect(trace.consoleChromium).toBe(
      `Access to fetch at '${other}' (redirected from '${simTestApi}') from origin '${simTestPage}' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header has a value '${simTestPage}' that is not equal to the supplied origin. Have the server send the header with a valid value.`,
    );
    const allowed = simTestRun(
      {},
      {
        [`GET ${simTestApi}`]: hop(302, other),
        [`GET ${other}`]: { status: 200, headers: [['access-control-allow-origin', 'null']] },
      },
    );
    expect(allowed.ok).toBe(true);
    expect(allowed.response?.type).toBe('cors');
  });

  it('does not taint a same-origin to cross-origin redirect', () => {
    const trace = simTestRun(
      { url: `${simTestPage}/go` },
      {
        [`GET ${simTestPage}/go`]: hop(302, simTestApi, []),
        [`GET ${simTestApi}`]: { status: 200, headers: acao },
      },
    );
    expect(trace.ok).toBe(true);
    expect(trace.exchanges.map((e) => e.origin)).toEqual([null, simTestPage]);
    expect(trace.response?.type).toBe('cors');
  });

  it('refuses a cross-origin redirect to a URL with credentials', () => {
    const trace = simTestRun({}, { [`GET ${simTestApi}`]: hop(302, 'http://u:p@127.0.0.1:4001/') });
    expect(trace.failure?.code).toBe('redirect-contains-credentials');
    expect(trace.consoleChromium).toContain("Redirect location '' contains a username and password");
  });

  it('Firefox preflights every later hop, from the untainted page origin', () => {
    const responses = {
      [`OPTIONS ${simTestApi}`]: simTestPreflightAllowing('PUT'),
      [`PUT ${simTestApi}`]: hop(303, `${simTestPage}/done`),
      [`OPTIONS ${simTestPage}/done`]: { status: 204, headers: acao },
      [`GET ${simTestPage}/done`]: { status: 200, headers: acao },
    };
    const firefox = simTestRun({ method: 'PUT' }, responses, 'firefox');
    expect(firefox.exchanges.map((e) => `${e.request.method} ${e.origin}`)).toEqual([
      `OPTIONS ${simTestPage}`,
      `PUT ${simTestPage}`,
      `OPTIONS ${simTestPage}`,
      'GET null',
    ]);
    const chromium = simTestRun({ method: 'PUT' }, responses, 'chromium');
    expect(chromium.exchanges.map((e) => e.request.method)).toEqual(['OPTIONS', 'PUT', 'GET']);
  });

  it('preflights again at the new URL, with the tainted origin', () => {
    const trace = simTestRun(
      { method: 'PUT' },
      {
        [`OPTIONS ${simTestApi}`]: simTestPreflightAllowing('PUT'),
        [`PUT ${simTestApi}`]: hop(307, other),
        [`OPTIONS ${other}`]: {
          status: 204,
          headers: [
            ['access-control-allow-origin', '*'],
            ['access-control-allow-methods', 'PUT'],
          ],
        },
        [`PUT ${other}`]: { status: 200, headers: [['access-control-allow-origin', '*']] },
      },
    );
    expect(trace.ok).toBe(true);
    expect(trace.exchanges.map((e) => `${e.kind} ${e.request.method} ${e.origin}`)).toEqual([
      `preflight OPTIONS ${simTestPage}`,
      `redirect PUT ${simTestPage}`,
      'preflight OPTIONS null',
      'actual PUT null',
    ]);
  });

  it('fails same-origin mode on a cross-origin URL before sending anything', () => {
    const trace = simTestRun({ mode: 'same-origin' }, {});
    expect(trace.exchanges).toEqual([]);
    expect(trace.failure?.code).toBe('disallowed-by-mode');
    expect(trace.consoleChromium).toBe(
      `Fetch API cannot load ${simTestApi}. Request mode is "same-origin" but the URL's origin is not same as the request origin ${simTestPage}.`,
    );
  });

  it('gives no-cors cross-origin requests an opaque response, redirects included', () => {
    const trace = simTestRun(
      { mode: 'no-cors' },
      { [`GET ${simTestApi}`]: hop(302, other, []), [`GET ${other}`]: { status: 200, headers: [] } },
    );
    expect(trace.outcome).toBe('opaque');
    expect(trace.response).toEqual({ type: 'opaque', status: 0, headers: {}, redirected: false, url: '' });
    expect(simTestRun({ mode: 'no-cors', redirect: 'manual' }, {}).failure?.code).toBe(
      'redirect-mode-no-cors',
    );
  });
});

describe('WebKit redirects (observed in WebKitGTK 2.50)', () => {
  it('keeps Origin on the GET a 303 makes of a same-origin POST', () => {
    const form = `${simTestPage}/form`;
    const responses = {
      [`POST ${form}`]: hop(303, `${simTestPage}/done`, []),
      [`GET ${simTestPage}/done`]: { status: 200, headers: [] },
    };
    const origins = (browser: 'chromium' | 'webkit') =>
      simTestRun({ url: form, method: 'POST', body: 'a=1' }, responses, browser).exchanges.map(
        (e) => e.origin,
      );
    expect(origins('webkit')).toEqual([simTestPage, simTestPage]);
    expect(origins('chromium')).toEqual([simTestPage, null]);
  });

  it('preflights the GET a 303 makes of a preflighted PUT, as Firefox does', () => {
    const final = 'http://localhost:4000/final';
    const responses = {
      [`OPTIONS ${simTestApi}`]: simTestPreflightAllowing('PUT'),
      [`PUT ${simTestApi}`]: hop(303, final),
      [`GET ${final}`]: { status: 200, headers: acao },
    };
    const webkit = simTestRun({ method: 'PUT', body: 'x' }, responses, 'webkit');
    expect(webkit.exchanges.map((e) => `${e.request.method} ${e.request.url}`)).toContain(`OPTIONS ${final}`);
    expect(webkit.consoleWebkitLines?.[0]).toBe('Preflight response is not successful. Status code: 404');
    expect(simTestRun({ method: 'PUT', body: 'x' }, responses, 'chromium').ok).toBe(true);
  });
});
