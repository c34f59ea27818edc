import { describe, expect, it } from 'vitest';
import type { Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { agreementCompute } from './agreementCompute.ts';
import type { JsView } from './jsView.ts';
import { jsViewMake } from './jsView.testkit.ts';

function trace(patch: Partial<Trace>): Trace {
  return {
    browser: 'chromium',
    request: { pageOrigin: 'http://localhost:5173', url: 'http://localhost:4000/data' },
    ok: true,
    outcome: 'allowed',
    error: null,
    response: {
      type: 'cors',
      status: 200,
      headers: {},
      redirected: false,
      url: 'http://localhost:4000/data',
    },
    preflight: { needed: false, sent: false, cached: false, acrm: null, acrh: null },
    exchanges: [],
    steps: [],
    consoleChromium: null,
    consoleFirefox: null,
    errorMessages: null,
    ...patch,
  };
}

const resolved = jsViewMake();
const rejected: JsView = {
  ...resolved,
  ok: false,
  error: 'TypeError: Failed to fetch',
  status: null,
  type: null,
};

function labEvent(kind: LabEvent['kind']): LabEvent {
  return {
    id: 1,
    sandbox: 's',
    time: 0,
    kind,
    method: kind === 'preflight' ? 'OPTIONS' : 'PUT',
    url: 'http://localhost:4000/data',
    origin: 'http://localhost:5173',
    requestHeaders: [],
    status: 204,
    responseHeaders: [],
    notes: [],
  };
}

describe('agreementCompute', () => {
  it('agrees on a readable response with the same status and type', () => {
    expect(agreementCompute(trace({}), resolved, [labEvent('actual')])).toMatchObject({
      agree: true,
      notes: [],
    });
  });

  it('agrees on a blocked request', () => {
    const blocked = trace({ ok: false, outcome: 'blocked', response: null });
    expect(agreementCompute(blocked, rejected, [labEvent('actual')]).agree).toBe(true);
  });

  it('differs on the status and says why', () => {
    const result = agreementCompute(trace({}), { ...resolved, status: 401 }, [labEvent('actual')]);
    expect(result.agree).toBe(false);
    expect(result.notes[0]).toContain('401');
  });

  it('explains a preflight the browser answered from its cache', () => {
    const predicted = trace({
      ok: false,
      outcome: 'blocked',
      response: null,
      preflight: { needed: true, sent: true, cached: false, acrm: 'PUT', acrh: 'x-custom' },
    });
    const result = agreementCompute(predicted, resolved, [labEvent('actual')]);
    expect(result.agree).toBe(false);
    expect(result.notes.join(' ')).toContain('preflight cache');
  });

  it('counts an opaque response as opaque, not readable', () => {
    const opaque = trace({
      outcome: 'opaque',
      response: { type: 'opaque', status: 0, headers: {}, redirected: false, url: '' },
    });
    expect(agreementCompute(opaque, { ...resolved, type: 'opaque', status: 0 }, []).agree).toBe(true);
    expect(agreementCompute(opaque, resolved, []).agree).toBe(false);
  });
});
