import { describe, expect, it } from 'vitest';
import { fetchObservationDiff } from './fetchObservation.ts';
import type { FetchObservation } from './fetchObservation.ts';

const base: FetchObservation = {
  ok: true,
  error: null,
  response: { type: 'cors', status: 200, headers: { a: '1', b: '2' }, redirected: false, url: 'http://x/' },
  preflight: { sent: false, acrm: null, acrh: null },
  requests: [{ method: 'GET', url: 'http://x/', origin: 'http://p' }],
  console: null,
  consoleLines: [],
};

describe('fetchObservationDiff', () => {
  it('finds nothing when both sides agree, whatever the header order', () => {
    const reordered = { ...base, response: { ...base.response!, headers: { b: '2', a: '1' } } };
    expect(fetchObservationDiff([base], [reordered])).toEqual([]);
  });

  it('names each field that differs with both values', () => {
    const other: FetchObservation = {
      ...base,
      ok: false,
      error: 'TypeError: Failed to fetch',
      response: null,
      requests: [{ method: 'GET', url: 'http://x/', origin: null }],
    };
    const fields = fetchObservationDiff([base], [other]).map((d) => d.field);
    expect(fields).toEqual([
      'ok',
      'error',
      'response.type',
      'response.status',
      'response.redirected',
      'response.url',
      'response.headers',
      'requests',
    ]);
  });

  it('reports a missing fetch on either side', () => {
    expect(fetchObservationDiff([base, base], [base])).toEqual([
      { fetch: 1, field: 'fetch', browser: base, simulator: null },
    ]);
  });
});
