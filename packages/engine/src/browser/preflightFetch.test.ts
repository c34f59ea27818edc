import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { preflightResultMaxAge } from './preflightResult.ts';
import {
  simTestApi,
  simTestFailed,
  simTestPage,
  simTestPreflightAllowing,
  simTestRun,
} from './simTest.testkit.ts';

const acao: HeaderList = [['access-control-allow-origin', simTestPage]];
const browsers: BrowserName[] = ['chromium', 'firefox'];

function put(
  preflight: HeaderList,
  options: { status?: number; method?: string; headers?: HeaderList; include?: boolean } = {},
  browser: BrowserName = 'chromium',
) {
  const method = options.method ?? 'PUT';
  const actualHeaders: HeaderList = options.include
    ? [...acao, ['access-control-allow-credentials', 'true']]
    : acao;
  return simTestRun(
    { method, headers: options.headers ?? [], credentials: options.include ? 'include' : 'same-origin' },
    {
      [`OPTIONS ${simTestApi}`]: { status: options.status ?? 204, headers: preflight },
      [`${method} ${simTestApi}`]: { status: 200, headers: actualHeaders },
    },
    browser,
  );
}

describe('when a preflight is sent and what it carries', () => {
  it('sends none for a simple request', () => {
    const trace = simTestRun(
      { method: 'POST', body: 'x', headers: [['content-type', 'application/x-www-form-urlencoded']] },
      { [`POST ${simTestApi}`]: { status: 200, headers: acao } },
    );
    expect(trace.preflight).toEqual({ needed: false, sent: false, cached: false, acrm: null, acrh: null });
  });

  it('sends ACRM and ACRH lower-cased, sorted, comma-joined, safelisted names left out', () => {
    const trace = put(
      [
        ...acao,
        ['access-control-allow-methods', 'PUT'],
        ['access-control-allow-headers', 'x-b, X-A, content-type'],
      ],
      {
        headers: [
          ['X-B', '1'],
          ['Accept', '*/*'],
          ['X-A', '2'],
          ['Content-Type', 'application/json'],
        ],
      },
    );
    expect(trace.preflight).toMatchObject({ sent: true, acrm: 'PUT', acrh: 'content-type,x-a,x-b' });
    const preflight = trace.exchanges[0];
    expect(preflight?.request.method).toBe('OPTIONS');
    expect(preflight?.request.headers).toContainEqual([
      'access-control-request-headers',
      'content-type,x-a,x-b',
    ]);
    expect(preflight?.origin).toBe(simTestPage);
    expect(trace.ok).toBe(true);
    expect(trace.exchanges.map((e) => e.kind)).toEqual(['preflight', 'actual']);
  });

  it('preflights a safelisted header whose value breaks the rules', () => {
    const trace = put([], { method: 'GET', headers: [['Content-Language', 'de/DE']] });
    expect(trace.preflight.acrh).toBe('content-language');
  });
});

describe('preflight checks (https://fetch.spec.whatwg.org/#cors-preflight-fetch)', () => {
  for (const browser of browsers) {
    it(`${browser}: reports the ACAO problem before a bad status`, () => {
      const trace = put([], { status: 404 }, browser);
      expect(trace.failure).toMatchObject({ code: 'missing-allow-origin', preflight: true });
      expect(trace.exchanges).toHaveLength(1);
    });

    it(`${browser}: requires an ok status`, () => {
      const trace = put([...acao, ['access-control-allow-methods', 'PUT']], { status: 404 }, browser);
      expect(trace.failure?.code).toBe('preflight-status');
      expect(simTestFailed(trace)).toEqual(['preflight.status']);
    });

    it(`${browser}: matches methods case-sensitively (patch is not PATCH)`, () => {
      const trace = put(
        [...acao, ['access-control-allow-methods', 'GET, PATCH']],
        { method: 'patch' },
        browser,
      );
      expect(trace.preflight.acrm).toBe('patch');
      expect(trace.failure).toMatchObject({ code: 'method-not-allowed', hint: 'patch' });
      expect(put([...acao, ['access-control-allow-methods', 'patch']], { method: 'patch' }, browser).ok).toBe(
        true,
      );
    });

    it(`${browser}: * allows any method and header only without credentials`, () => {
      const star: HeaderList = [
        ...acao,
        ['access-control-allow-methods', '*'],
        ['access-control-allow-headers', '*'],
      ];
      expect(put(star, { headers: [['x-a', '1']] }, browser).ok).toBe(true);
      const withCredentials = put(
        [...star, ['access-control-allow-credentials', 'true']],
        { include: true },
        browser,
      );
      expect(withCredentials.failure?.code).toBe('method-not-allowed');
    });

    it(`${browser}: still lets * cover Authorization (observed), with a warning step`, () => {
      const star: HeaderList = [
        ...acao,
        ['access-control-allow-methods', 'PUT'],
        ['access-control-allow-headers', '*'],
      ];
      const trace = put(star, { headers: [['Authorization', 'Bearer t']] }, browser);
      expect(trace.ok).toBe(true);
      expect(trace.steps.find((step) => step.id === 'preflight.authorization-wildcard')?.warning).toBe(true);
    });

    it(`${browser}: rejects a list item that is not a token`, () => {
      const trace = put([...acao, ['access-control-allow-methods', 'PUT, "GET"']], {}, browser);
      expect(trace.failure).toMatchObject({ code: 'invalid-allow-methods', hint: '"GET"' });
    });

    it(`${browser}: refuses a redirected preflight`, () => {
      const trace = put([...acao, ['location', '/elsewhere']], { status: 307 }, browser);
      expect(trace.failure?.code).toBe('preflight-redirect');
    });
  }

  it('gives the exact console texts for a disallowed header', () => {
    const trace = put(
      [...acao, ['access-control-allow-methods', 'PUT']],
      { headers: [['X-Token', '1']] },
      'firefox',
    );
    expect(trace.consoleChromium).toBe(
      `Access to fetch at '${simTestApi}' from origin '${simTestPage}' has been blocked by CORS policy: Request header field x-token is not allowed by Access-Control-Allow-Headers in preflight response.`,
    );
    expect(trace.consoleFirefox).toBe(
      `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${simTestApi}. (Reason: header ‘x-token’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response).`,
    );
  });

  it('prefixes preflight ACAO failures in Chromium and gives the status in Firefox', () => {
    const trace = put([], { status: 404 });
    expect(trace.consoleChromium).toBe(
      `Access to fetch at '${simTestApi}' from origin '${simTestPage}' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    expect(trace.consoleFirefox).toContain(
      '(Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 404.',
    );
    const status = put(acao, { status: 500 });
    expect(status.consoleChromium).toContain(
      "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
    );
    expect(status.consoleFirefox).toContain(
      '(Reason: CORS preflight response did not succeed). Status code: 500.',
    );
  });

  it('checks ACAH parsing before the method in Chromium but after it in Firefox', () => {
    const headers: HeaderList = [
      ...acao,
      ['access-control-allow-methods', 'GET'],
      ['access-control-allow-headers', 'a b'],
    ];
    expect(put(headers, {}, 'chromium').failure?.code).toBe('invalid-allow-headers');
    expect(put(headers, {}, 'firefox').failure?.code).toBe('method-not-allowed');
  });

  it('then runs the CORS check on the actual response as well', () => {
    const trace = simTestRun(
      { method: 'PUT' },
      {
        [`OPTIONS ${simTestApi}`]: simTestPreflightAllowing('PUT'),
        [`PUT ${simTestApi}`]: { status: 200, headers: [] },
      },
    );
    expect(trace.failure).toMatchObject({ code: 'missing-allow-origin', preflight: false, exchange: 1 });
  });
});

describe('Access-Control-Max-Age (defaults and caps)', () => {
  it.each([
    [null, 5, 5],
    ['0', 0, 0],
    ['600', 600, 600],
    ['7201', 7200, 7201],
    ['86401', 7200, 86400],
    ['-1', 0, 0],
    ['abc', 5, 0],
    ['', 5, 5],
  ])('%s → chromium %s s, firefox %s s', (value, chromium, firefox) => {
    expect(preflightResultMaxAge(value, 'chromium')).toBe(chromium);
    expect(preflightResultMaxAge(value, 'firefox')).toBe(firefox);
  });
});
