import { describe, expect, it } from 'vitest';
import { consoleMessageWebkitBytes } from './consoleMessageWebkit.ts';
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

describe("WebKit's wording of other failures", () => {
  const acao: [string, string] = ['access-control-allow-origin', simTestPage];

  it('words a CORS failure on a redirect as a denied redirection to its target', () => {
    const trace = simTestRun(
      {},
      { [`GET ${simTestApi}`]: { status: 302, headers: [['location', '/final']] } },
      'webkit',
    );
    expect(trace.consoleWebkitLines).toEqual([
      `Cross-origin redirection to http://localhost:4000/final denied by Cross-Origin Resource Sharing policy: Origin ${simTestPage} is not allowed by Access-Control-Allow-Origin. Status code: 302`,
      cannotLoad,
    ]);
  });

  it('quotes an unparsable allow list whole, a refused header as the script spelt it', () => {
    const list = simTestRun(
      { method: 'PUT' },
      {
        [`OPTIONS ${simTestApi}`]: {
          status: 204,
          headers: [acao, ['access-control-allow-methods', 'PUT, x\u00e9y']],
        },
      },
      'webkit',
    );
    expect(list.consoleWebkit).toBe(
      'Header Access-Control-Allow-Methods has an invalid value: PUT, x\u00ef\u00bf\u00bdy',
    );
    const header = simTestRun(
      {
        headers: [
          ['X-Token', '1'],
          ['Content-Type', 'application/json'],
        ],
      },
      { [`OPTIONS ${simTestApi}`]: { status: 204, headers: [acao] } },
      'webkit',
    );
    // Known headers come first in WebKit's header map, in their canonical spelling.
    expect(header.consoleWebkit).toBe(
      'Request header field Content-Type is not allowed by Access-Control-Allow-Headers.',
    );
  });

  it('names an unsupported scheme and a same-origin-mode refusal as WebKit does', () => {
    expect(simTestRun({ url: 'ftp://localhost/x' }, {}, 'webkit').consoleWebkitLines).toEqual([
      'Cross origin requests are only supported for HTTP.',
      'Fetch API cannot load ftp://localhost/x due to access control checks.',
    ]);
    expect(simTestRun({ mode: 'same-origin' }, {}, 'webkit').consoleWebkitLines).toEqual([
      `Fetch API cannot load ${simTestApi}.`,
    ]);
  });

  it('keeps valid UTF-8 and replaces each stray high byte', () => {
    expect(consoleMessageWebkitBytes('caf\u00c3\u00a9')).toBe('caf\u00c3\u00a9');
    expect(consoleMessageWebkitBytes('\u00e9\u00e9')).toBe('\u00ef\u00bf\u00bd'.repeat(2));
  });

  it('keeps a script-set User-Agent, so it preflights where Chromium drops the header', () => {
    const request = { headers: [['User-Agent', 'bot']] as Array<[string, string]> };
    const responses = { [`GET ${simTestApi}`]: { status: 200, headers: [acao] } };
    expect(simTestRun(request, responses, 'webkit').preflight.acrh).toBe('user-agent');
    expect(simTestRun(request, responses, 'chromium').preflight.needed).toBe(false);
  });
});
