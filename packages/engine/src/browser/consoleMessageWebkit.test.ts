import { describe, expect, it } from 'vitest';
import { simTestApi, simTestPage, simTestPreflightAllowing, simTestRun } from './simTest.testkit.ts';

/** WebKit's console lines and TypeError for a failed fetch, as observed in WebKitGTK 2.50. */
const cannotLoad = `Fetch API cannot load ${simTestApi} due to access control checks.`;

describe("WebKit's console lines", () => {
  it('names the origin and the status, then says the Fetch API could not load the URL', () => {
    const trace = simTestRun({}, { [`GET ${simTestApi}`]: { status: 404, headers: [] } }, 'webkit');
    expect(trace.error).toBe('TypeError: Load failed');
    expect(trace.consoleWebkitLines).toEqual([
      `Origin ${simTestPage} is not allowed by Access-Control-Allow-Origin. Status code: 404`,
      cannotLoad,
    ]);
    expect(trace.consoleWebkit).toBe(trace.consoleWebkitLines?.[0]);
  });

  it('words a failed preflight by its status and a refused header by name', () => {
    const status = simTestRun(
      { method: 'PUT' },
      { [`OPTIONS ${simTestApi}`]: { status: 501, headers: [] } },
      'webkit',
    );
    expect(status.consoleWebkitLines?.[0]).toBe('Preflight response is not successful. Status code: 501');
    const header = simTestRun(
      { method: 'PUT', headers: [['x-token', '1']] },
      { [`OPTIONS ${simTestApi}`]: simTestPreflightAllowing('PUT') },
      'webkit',
    );
    expect(header.consoleWebkitLines).toEqual([
      'Request header field x-token is not allowed by Access-Control-Allow-Headers.',
      cannotLoad,
    ]);
  });

  it('logs nothing for an allowed fetch and gives every engine its TypeError text', () => {
    const acao: [string, string] = ['access-control-allow-origin', '*'];
    expect(
      simTestRun({}, { [`GET ${simTestApi}`]: { status: 200, headers: [acao] } }, 'webkit')
        .consoleWebkitLines,
    ).toEqual([]);
    const blocked = simTestRun({}, { [`GET ${simTestApi}`]: { status: 200, headers: [] } });
    expect(blocked.errorMessages?.webkit).toBe('Load failed');
    const invalid = simTestRun({ url: 'http://[x' }, {}, 'webkit');
    expect(invalid.error).toBe('TypeError: URL is not valid or contains user credentials.');
  });
});
