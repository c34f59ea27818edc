import { describe, expect, it } from 'vitest';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { simTestApi, simTestPage, simTestRun } from './simTest.testkit.ts';

const allowPage: HeaderList = [['access-control-allow-origin', simTestPage]];
const browsers: BrowserName[] = ['chromium', 'firefox'];

function get(
  headers: HeaderList,
  credentials: 'include' | 'same-origin' = 'same-origin',
  browser: BrowserName = 'chromium',
) {
  return simTestRun({ credentials }, { [`GET ${simTestApi}`]: { status: 200, headers } }, browser);
}

describe('CORS check on the response (https://fetch.spec.whatwg.org/#concept-cors-check)', () => {
  const table: Array<
    [label: string, headers: HeaderList, include: boolean, ok: boolean, code: string | null]
  > = [
    ['exact origin', allowPage, false, true, null],
    ['wildcard', [['access-control-allow-origin', '*']], false, true, null],
    ['missing', [], false, false, 'missing-allow-origin'],
    [
      'other origin',
      [['access-control-allow-origin', 'http://evil.test']],
      false,
      false,
      'allow-origin-mismatch',
    ],
    [
      'trailing slash',
      [['access-control-allow-origin', `${simTestPage}/`]],
      false,
      false,
      'allow-origin-mismatch',
    ],
    [
      'case differs',
      [['access-control-allow-origin', 'HTTP://LOCALHOST:5173']],
      false,
      false,
      'allow-origin-mismatch',
    ],
    ['null', [['access-control-allow-origin', 'null']], false, false, 'allow-origin-mismatch'],
    [
      'wildcard with credentials',
      [
        ['access-control-allow-origin', '*'],
        ['access-control-allow-credentials', 'true'],
      ],
      true,
      false,
      'wildcard-origin-with-credentials',
    ],
    ['credentials missing ACAC', allowPage, true, false, 'invalid-allow-credentials'],
    [
      'ACAC True',
      [...allowPage, ['access-control-allow-credentials', 'True']],
      true,
      false,
      'invalid-allow-credentials',
    ],
    ['ACAC true', [...allowPage, ['access-control-allow-credentials', 'true']], true, true, null],
  ];
  for (const browser of browsers) {
    it.each(table)(`${browser}: %s`, (_label, headers, include, ok, code) => {
      const trace = get(headers, include ? 'include' : 'same-origin', browser);
      expect(trace.ok).toBe(ok);
      expect(trace.failure?.code ?? null).toBe(code);
      if (!ok) expect(trace.steps.some((step) => !step.ok && step.exchange === 0)).toBe(true);
    });
  }

  it('reads two ACAO lines as one multi-valued header in Chromium, and as two headers in Firefox', () => {
    const headers: HeaderList = [
      ['access-control-allow-origin', simTestPage],
      ['access-control-allow-origin', simTestPage],
    ];
    const chromium = get(headers);
    expect(chromium.consoleChromium).toBe(
      `Access to fetch at '${simTestApi}' from origin '${simTestPage}' has been blocked by CORS policy: The 'Access-Control-Allow-Origin' header contains multiple values '${simTestPage}, ${simTestPage}', but only one is allowed. Have the server send the header with a valid value.`,
    );
    const firefox = get(headers, 'same-origin', 'firefox');
    expect(firefox.consoleFirefox).toBe(
      `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${simTestApi}. (Reason: Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed).`,
    );
  });

  it('gives Chromium and Firefox console texts for a missing header', () => {
    const trace = get([], 'same-origin', 'firefox');
    expect(trace.error).toBe('TypeError: NetworkError when attempting to fetch resource.');
    expect(trace.consoleChromium).toBe(
      `Access to fetch at '${simTestApi}' from origin '${simTestPage}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    expect(trace.consoleFirefox).toBe(
      `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${simTestApi}. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.`,
    );
  });

  it('diagnoses an invalid ACAO value in Chromium', () => {
    const trace = get([['access-control-allow-origin', 'http://']]);
    expect(trace.failure?.code).toBe('invalid-allow-origin');
    expect(trace.consoleChromium).toContain("contains the invalid value 'http://'.");
  });

  it('quotes the ACAC value Chromium saw', () => {
    const trace = get([...allowPage, ['access-control-allow-credentials', 'yes']], 'include');
    expect(trace.consoleChromium).toContain(
      "The value of the 'Access-Control-Allow-Credentials' header in the response is 'yes' which must be 'true'",
    );
    expect(trace.consoleFirefox).toContain(
      '(Reason: expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’).',
    );
  });

  it('explains the wildcard-with-credentials failure like Firefox (quoted URL)', () => {
    const trace = get([['access-control-allow-origin', '*']], 'include', 'firefox');
    expect(trace.consoleFirefox).toBe(
      `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ‘${simTestApi}’. (Reason: Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’).`,
    );
  });

  it('checks CORS on error responses too, and passes them to JS when allowed', () => {
    const trace = simTestRun({}, { [`GET ${simTestApi}`]: { status: 500, headers: allowPage } });
    expect(trace.ok).toBe(true);
    expect(trace.response?.status).toBe(500);
  });
});
