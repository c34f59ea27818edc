import { describe, expect, it } from 'vitest';
import type { HeaderList } from './../http/httpTypes.ts';
import { simTestApi, simTestPage, simTestRun } from './simTest.testkit.ts';

const headers: HeaderList = [
  ['Access-Control-Allow-Origin', simTestPage],
  ['Content-Type', 'application/json'],
  ['X-Request-Id', 'r1'],
  ['X-Secret', 's'],
  ['Set-Cookie', 'a=1'],
  ['Cache-Control', 'no-store'],
  ['Vary', 'Origin'],
  ['Vary', 'Accept'],
];

function get(extra: HeaderList, credentials: 'include' | 'omit' = 'omit') {
  const withCredentials: HeaderList =
    credentials === 'include' ? [['access-control-allow-credentials', 'true']] : [];
  return simTestRun(
    { credentials },
    { [`GET ${simTestApi}`]: { status: 200, headers: [...headers, ...extra, ...withCredentials] } },
  );
}

describe('what JavaScript reads from a CORS response', () => {
  it('reads only safelisted headers by default', () => {
    expect(get([]).response?.headers).toEqual({
      'cache-control': 'no-store',
      'content-type': 'application/json',
    });
  });

  it('reads exposed headers, case-insensitively', () => {
    expect(get([['Access-Control-Expose-Headers', 'x-request-id, Vary']]).response?.headers).toEqual({
      'cache-control': 'no-store',
      'content-type': 'application/json',
      vary: 'Origin, Accept',
      'x-request-id': 'r1',
    });
  });

  it('treats * as a wildcard only without credentials, and never exposes Set-Cookie', () => {
    const all = get([['Access-Control-Expose-Headers', '*']]).response?.headers ?? {};
    expect(Object.keys(all)).toEqual([
      'access-control-allow-origin',
      'access-control-expose-headers',
      'cache-control',
      'content-type',
      'vary',
      'x-request-id',
      'x-secret',
    ]);
    const credentialed = get([['Access-Control-Expose-Headers', '*']], 'include').response?.headers ?? {};
    expect(Object.keys(credentialed)).toEqual(['cache-control', 'content-type']);
  });

  it('shows every header but Set-Cookie on a same-origin (basic) response', () => {
    const trace = simTestRun(
      { url: `${simTestPage}/s` },
      { [`GET ${simTestPage}/s`]: { status: 201, headers } },
    );
    expect(trace.response?.type).toBe('basic');
    expect(trace.response?.status).toBe(201);
    expect(trace.response?.headers['set-cookie']).toBeUndefined();
    expect(trace.response?.headers.vary).toBe('Origin, Accept');
  });
});
