import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browserNames, type FetchRequest } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { preflightCacheCreate } from './preflightCache.ts';
import { serverFromScript } from './serverFromScript.ts';
import { simulateFetchSync } from './simulateFetch.ts';

const origins = ['http://localhost:5173', 'http://localhost:4000', 'http://127.0.0.1:4001', 'null'];
const urls = [
  'http://localhost:4000/x',
  'http://localhost:5173/s',
  'http://127.0.0.1:4001/y',
  'http://localhost:4000/x#f',
];
const methods = [
  'GET',
  'get',
  'POST',
  'PUT',
  'patch',
  'PATCH',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'TRACE',
  'bad method',
  'QUERY',
];
const headerNames = [
  'x-custom',
  'Content-Type',
  'accept',
  'Authorization',
  'range',
  'cookie',
  'X-A',
  'bad name',
  'user-agent',
];
const headerValues = [
  '1',
  'application/json',
  'text/plain',
  '*/*',
  'bytes=0-1',
  'a\nb',
  ' padded ',
  'x'.repeat(130),
];
const responseHeaderValues: Record<string, string[]> = {
  'access-control-allow-origin': [
    '*',
    'http://localhost:5173',
    'null',
    'http://evil.test',
    'http://',
    'a, b',
  ],
  'access-control-allow-credentials': ['true', 'True', ''],
  'access-control-allow-methods': ['*', 'PUT', 'PUT, patch', 'GET', '"bad"', ''],
  'access-control-allow-headers': ['*', 'x-custom', 'authorization, x-a', 'content-type', 'a b'],
  'access-control-expose-headers': ['*', 'x-secret'],
  'access-control-max-age': ['0', '10', '-1', 'abc', '999999'],
  location: [
    '/x',
    'http://127.0.0.1:4001/y',
    'http://localhost:4000/x',
    'http://u:p@127.0.0.1:4001/',
    'ftp://a/',
    '::',
  ],
  'x-secret': ['s'],
};

const requestArbitrary: fc.Arbitrary<FetchRequest> = fc.record({
  pageOrigin: fc.constantFrom(...origins),
  url: fc.constantFrom(...urls),
  method: fc.constantFrom(...methods),
  headers: fc.array(fc.tuple(fc.constantFrom(...headerNames), fc.constantFrom(...headerValues)), {
    maxLength: 4,
  }),
  credentials: fc.constantFrom('omit' as const, 'same-origin' as const, 'include' as const),
  mode: fc.constantFrom('cors' as const, 'no-cors' as const, 'same-origin' as const),
  redirect: fc.constantFrom('follow' as const, 'error' as const, 'manual' as const),
  cache: fc.constantFrom('default' as const, 'no-store' as const, 'only-if-cached' as const),
  body: fc.option(fc.constant('b'), { nil: null }),
});

const responseHeadersArbitrary: fc.Arbitrary<HeaderList> = fc.array(
  fc
    .constantFrom(...Object.keys(responseHeaderValues))
    .chain((name) =>
      fc.constantFrom(...(responseHeaderValues[name] ?? [])).map((value): [string, string] => [name, value]),
    ),
  { maxLength: 6 },
);

const scriptArbitrary = fc.dictionary(
  fc.constantFrom(
    ...['OPTIONS', 'GET', 'POST', 'PUT', 'patch', 'HEAD'].flatMap((m) =>
      urls.map((u) => `${m} ${u.replace('#f', '')}`),
    ),
  ),
  fc.record({
    status: fc.constantFrom(200, 204, 301, 302, 303, 307, 308, 404, 500, 0, 1000),
    headers: responseHeadersArbitrary,
  }),
);

describe('fetchSimulation properties', () => {
  it('never throws, and its verdict is always explained by its steps', () => {
    fc.assert(
      fc.property(
        requestArbitrary,
        scriptArbitrary,
        fc.constantFrom(...browserNames),
        (request, script, browser) => {
          const cache = preflightCacheCreate();
          for (let round = 0; round < 2; round += 1) {
            const trace = simulateFetchSync(request, serverFromScript(script), {
              browser,
              preflightCache: cache,
              now: () => round,
            });
            const failed = trace.steps.filter((step) => !step.ok);
            expect(trace.ok).toBe(trace.outcome === 'allowed' || trace.outcome === 'opaque');
            if (trace.ok) {
              expect(failed).toEqual([]);
              expect(trace.error).toBeNull();
              expect(trace.response).not.toBeNull();
            } else {
              expect(failed.length).toBeGreaterThan(0);
              expect(trace.error).toMatch(/^TypeError: /);
              expect(trace.failure).toBeTruthy();
              const index = trace.failure?.exchange;
              if (index !== null && index !== undefined) expect(trace.exchanges[index]).toBeDefined();
            }
            if (trace.preflight.acrh !== null) {
              const names = trace.preflight.acrh.split(',');
              expect(names).toEqual([...names].sort());
              expect(trace.preflight.acrh).toBe(trace.preflight.acrh.toLowerCase());
            }
            for (const step of trace.steps)
              expect(step.spec).toMatch(/^https:\/\/fetch\.spec\.whatwg\.org\/#/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survives a server that throws or answers garbage', () => {
    for (const server of [
      () => {
        throw new Error('ECONNREFUSED');
      },
      () => ({ status: 4.2, headers: [] }),
      () => ({ status: 200, headers: 'nope' }) as never,
    ]) {
      const trace = simulateFetchSync(
        { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/x', method: 'PUT' },
        server,
        {
          browser: 'chromium',
        },
      );
      expect(trace.ok).toBe(false);
      expect(trace.outcome).toBe('network-error');
    }
  });
});
