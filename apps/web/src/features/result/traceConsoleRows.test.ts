import { describe, expect, it } from 'vitest';
import * as engine from '@cors-playground/engine';
import type { BrowserName, FetchRequest, PolicyInput } from '@cors-playground/engine';
import { labSimServer } from '@cors-playground/client';
import { traceConsoleRows } from './traceConsoleRows.ts';

const app = 'http://localhost:5173';
const api = 'http://localhost:4000';

function rowsFor(policy: PolicyInput, request: Partial<FetchRequest> = {}, browser: BrowserName = 'webkit') {
  const trace = engine.simulateFetchSync(
    { pageOrigin: app, url: `${api}/data`, ...request },
    labSimServer(engine, engine.policySchema.parse(policy), { apiOrigin: api }),
    { browser },
  );
  return traceConsoleRows(trace);
}

describe('traceConsoleRows', () => {
  it('a blocked fetch: every engine, in order, with its own console lines and TypeError', () => {
    const rows = rowsFor({ origin: { mode: 'list', allow: [] } });
    expect(rows.map((row) => row.browser)).toEqual(['chromium', 'firefox', 'webkit']);
    const [chromium, firefox, webkit] = rows;
    expect(chromium?.lines[0]).toContain('has been blocked by CORS policy');
    expect(chromium?.error).toBe('TypeError: Failed to fetch');
    expect(firefox?.lines[0]).toContain('Cross-Origin Request Blocked');
    expect(firefox?.error).toBe('TypeError: NetworkError when attempting to fetch resource.');
    // Safari's two lines, in the order its console prints them.
    expect(webkit?.lines).toEqual([
      `Origin ${app} is not allowed by Access-Control-Allow-Origin. Status code: 200`,
      `Fetch API cannot load ${api}/data due to access control checks.`,
    ]);
    expect(webkit?.error).toBe('TypeError: Load failed');
  });

  it('the rows do not depend on which engine the trace was made for', () => {
    const policy: PolicyInput = { origin: { mode: 'list', allow: [] } };
    expect(rowsFor(policy, {}, 'chromium')).toEqual(rowsFor(policy, {}, 'webkit'));
  });

  it('a fetch that resolved has no rows, even with an error status', () => {
    expect(rowsFor({ origin: { mode: 'list', allow: [app] } })).toEqual([]);
    expect(rowsFor({ origin: { mode: 'list', allow: [app] } }, { url: `${api}/status/404` })).toEqual([]);
  });

  it('fetch() that throws up front: no console line, but each engine names its TypeError', () => {
    const rows = rowsFor({ origin: { mode: 'any' } }, { method: 'GET', body: 'x' });
    expect(rows.map((row) => [row.browser, row.lines.length])).toEqual([
      ['chromium', 0],
      ['firefox', 0],
      ['webkit', 0],
    ]);
    expect(rows.every((row) => row.error?.startsWith('TypeError: '))).toBe(true);
  });
});
