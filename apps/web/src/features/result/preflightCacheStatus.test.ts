import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@cors-playground/protocol';
import { preflightCacheStatus } from './preflightCacheStatus.ts';

const api = 'http://localhost:4000';

function labEvent(
  id: number,
  kind: LabEvent['kind'],
  method: string,
  responseHeaders: LabEvent['responseHeaders'] = [],
): LabEvent {
  return {
    id,
    sandbox: 's1',
    time: 1_000_000 + id,
    kind,
    method,
    url: `${api}/data`,
    origin: 'http://localhost:5173',
    requestHeaders: kind === 'preflight' ? [['Access-Control-Request-Method', 'PUT']] : [],
    status: 204,
    responseHeaders,
    notes: [],
  };
}

describe('preflightCacheStatus', () => {
  it('reads the last accepted preflight for the URL', () => {
    const events = [
      labEvent(1, 'preflight', 'OPTIONS', [['Access-Control-Max-Age', '600']]),
      labEvent(2, 'actual', 'PUT'),
    ];
    const status = preflightCacheStatus(events, `${api}/data`, 'chromium', 1_000_002 + 100_000);
    expect(status).toMatchObject({ header: '600', maxAge: 600, remaining: 500 });
  });

  it('applies the browser default when the header is absent, and the cap', () => {
    const events = [labEvent(1, 'preflight', 'OPTIONS'), labEvent(2, 'actual', 'PUT')];
    expect(preflightCacheStatus(events, `${api}/data`, 'firefox', 1_000_001)?.maxAge).toBe(5);
    const long = [
      labEvent(1, 'preflight', 'OPTIONS', [['access-control-max-age', '86400']]),
      labEvent(2, 'actual', 'PUT'),
    ];
    expect(preflightCacheStatus(long, `${api}/data`, 'chromium', 1_000_001)?.maxAge).toBe(7200);
  });

  it('ignores a preflight the browser refused (no actual request followed)', () => {
    expect(
      preflightCacheStatus([labEvent(1, 'preflight', 'OPTIONS')], `${api}/data`, 'chromium', 0),
    ).toBeNull();
  });
});
