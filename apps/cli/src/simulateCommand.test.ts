import { describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

/** A full input line, every request field written out, as scripts feeding `cors simulate` send it. */
const exampleLine =
  '{"id":"a","request":{"pageOrigin":"http://localhost:5173","url":"http://localhost:4000/x","method":"PUT","headers":[["x-custom","1"]],"credentials":"include","mode":"cors","redirect":"follow","body":"optional"},"responses":{"OPTIONS http://localhost:4000/x":{"status":204,"headers":[["access-control-allow-origin","http://localhost:5173"]]},"PUT http://localhost:4000/x":{"status":200,"headers":[]}}}';

function lines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('cors simulate', () => {
  it('answers a full example line with the contract fields', async () => {
    const result = await cliRun(['simulate'], `${exampleLine}\n`);
    expect(result.code).toBe(0);
    const [out] = lines(result.stdout);
    expect(out).toMatchObject({
      id: 'a',
      ok: false,
      error: 'TypeError: Failed to fetch',
      response: null,
      preflight: { sent: true, acrm: 'PUT', acrh: 'x-custom' },
      requests: [{ method: 'OPTIONS', url: 'http://localhost:4000/x', origin: 'http://localhost:5173' }],
    });
    expect(out?.console).toMatch(
      /^Access to fetch at 'http:\/\/localhost:4000\/x' from origin 'http:\/\/localhost:5173' has been blocked by CORS policy: /,
    );
    expect(Array.isArray(out?.steps) && out.steps.length > 0).toBe(true);
  });

  it('keeps input order, skips blank lines, reports malformed lines without crashing', async () => {
    const policyLine = JSON.stringify({
      id: 'p',
      request: {
        pageOrigin: 'http://localhost:5173',
        url: 'http://localhost:4000/x',
        method: 'PUT',
        credentials: 'include',
      },
      policy: { origin: { mode: 'list', allow: ['http://localhost:5173'] }, credentials: true },
    });
    const input = [
      'not json',
      '',
      '{"id":2,"request":{"url":5}}',
      '{"id":3,"request":{"pageOrigin":"a","url":"b"}}',
      policyLine,
      '{"id":4',
      '[]',
    ];
    const result = await cliRun(['simulate', '--browser', 'firefox'], `${input.join('\n')}\n`);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out.map((o) => o.id)).toEqual([null, 2, 3, 'p', null, null]);
    expect(out[0]?.inputError).toMatch(/not JSON/);
    expect(out[1]?.inputError).toMatch(/request\.pageOrigin/);
    expect(out[2]?.inputError).toMatch(/responses.*policy/);
    expect(out[3]).toMatchObject({
      ok: true,
      browser: 'firefox',
      response: { type: 'cors', status: 200 },
      preflight: { sent: true, acrm: 'PUT', acrh: null },
      requests: [
        { method: 'OPTIONS', origin: 'http://localhost:5173' },
        { method: 'PUT', origin: 'http://localhost:5173' },
      ],
      console: null,
    });
    expect(out[4]?.inputError).toBeDefined();
    expect(out[5]?.inputError).toBeDefined();
  });

  it('a policy line with preflight.continue meets the lab route’s 404 for OPTIONS', async () => {
    const line = JSON.stringify({
      id: 'c',
      request: { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/x', method: 'DELETE' },
      policy: { origin: { mode: 'any' }, preflight: { continue: true } },
    });
    const [out] = lines((await cliRun(['simulate'], line)).stdout);
    expect(out).toMatchObject({ id: 'c', ok: false, preflight: { sent: true } });
    expect(out?.console).toMatch(/HTTP ok status/);
  });

  it('--browser webkit gives WebKit’s TypeError and console lines in the same schema', async () => {
    const line = JSON.stringify({
      id: 'w',
      request: { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/x' },
      responses: { 'GET http://localhost:4000/x': { status: 200, headers: [] } },
    });
    const [out] = lines((await cliRun(['simulate', '--browser', 'webkit'], line)).stdout);
    expect(out).toMatchObject({
      id: 'w',
      ok: false,
      browser: 'webkit',
      error: 'TypeError: Load failed',
      console: 'Origin http://localhost:5173 is not allowed by Access-Control-Allow-Origin. Status code: 200',
      consoleWebkitLines: [
        'Origin http://localhost:5173 is not allowed by Access-Control-Allow-Origin. Status code: 200',
        'Fetch API cannot load http://localhost:4000/x due to access control checks.',
      ],
    });
  });

  it('reports an invalid policy line with its field path', async () => {
    const line = JSON.stringify({
      id: 'bad',
      request: { pageOrigin: 'http://a.test', url: 'http://b.test/' },
      policy: { maxAge: 'x' },
    });
    const [out] = lines((await cliRun(['simulate'], line)).stdout);
    expect(out).toEqual({ id: 'bad', inputError: expect.stringMatching(/^policy\.maxAge: /) });
  });
});
