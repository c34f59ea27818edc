import { describe, expect, it } from 'vitest';
import * as engine from '@cors-playground/engine';
import type { FetchRequest, PolicyInput } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { JsView } from './jsView.ts';
import { labEventMake } from './labEvent.testkit.ts';
import { labSimServer } from './labSimServer.ts';
import { verdictCompose } from './verdictCompose.ts';

const app = 'http://localhost:5173';
const api = 'http://localhost:4000';

function verdictFor(
  policy: PolicyInput,
  request: Partial<FetchRequest>,
  js: Partial<JsView>,
  events: LabEvent[] = [],
) {
  const trace = engine.simulateFetchSync(
    { pageOrigin: app, url: `${api}/data`, ...request },
    labSimServer(engine, engine.policySchema.parse(policy), { apiOrigin: api }),
    { browser: 'chromium' },
  );
  const view: JsView = {
    ok: trace.ok,
    error: trace.error,
    status: trace.response?.status ?? null,
    type: trace.response?.type ?? null,
    redirected: false,
    url: null,
    headers: [],
    body: null,
    durationMs: 1,
    ...js,
  };
  return verdictCompose({ trace, js: view, events, pageOrigin: app });
}

function actualEvent(
  requestHeaders: Array<[string, string]>,
  responseHeaders: Array<[string, string]>,
): LabEvent {
  return labEventMake({ status: 401, requestHeaders, responseHeaders });
}

describe('verdictCompose', () => {
  it('names the header the preflight did not allow and what the server sent instead', () => {
    const verdict = verdictFor(
      { origin: { mode: 'list', allow: [app] }, allowHeaders: { mode: 'list', values: ['Content-Type'] } },
      { method: 'PUT', headers: [['Authorization', 'Bearer x']] },
      {},
    );
    expect(verdict.tone).toBe('bad');
    expect(verdict.headline).toMatch(/^Blocked/);
    expect(verdict.cause).toContain('does not allow the request header authorization');
    expect(verdict.serverSent).toMatch(/^Access-Control-Allow-Headers: Content-Type/i);
  });

  it('says which origin the server allows when it is not this page', () => {
    const verdict = verdictFor({ origin: { mode: 'list', allow: ['https://shop.example'] } }, {}, {});
    expect(verdict.cause).toMatch(/does not say which pages|allows another page/);
    expect(verdict.cause).toContain(app);
  });

  it('a readable 401 is a warning, never a success', () => {
    const verdict = verdictFor(
      { origin: { mode: 'list', allow: [app] } },
      { url: `${api}/private` },
      { status: 401 },
    );
    expect(verdict.tone).toBe('warn');
    expect(verdict.headline).toContain('401');
    expect(verdict.headline).not.toMatch(/Allowed|Succeeded/);
  });

  it('says the cookie was not sent under credentials same-origin, and that a Set-Cookie was ignored', () => {
    const noCookie = verdictFor(
      { origin: { mode: 'list', allow: [app] } },
      { url: `${api}/private` },
      { status: 401 },
      [actualEvent([['origin', app]], [])],
    );
    expect(noCookie.notes.join(' ')).toMatch(/No cookie was sent: with credentials: 'same-origin'/);
    const ignored = verdictFor(
      { origin: { mode: 'list', allow: [app] } },
      { url: `${api}/login` },
      { status: 200 },
      [actualEvent([['origin', app]], [['Set-Cookie', 'session=1']])],
    );
    expect(ignored.notes.join(' ')).toMatch(/browser ignored it/);
  });

  it('a 2xx read by the script is allowed, with nothing to add', () => {
    const verdict = verdictFor({ origin: { mode: 'list', allow: [app] } }, {}, {});
    expect(verdict).toMatchObject({ tone: 'ok', cause: null, notes: [] });
  });
});
