import { describe, expect, it } from 'vitest';
import { requestDraftDefault } from '../../store/requestSlice.ts';
import type { SendRecord } from '../../store/historySlice.ts';
import { historySummary } from './historySummary.ts';

const record: SendRecord = {
  id: 1,
  draft: {
    ...requestDraftDefault(),
    method: 'PUT',
    headers: [
      ['X-Custom', '1'],
      ['', ''],
    ],
  },
  url: 'http://localhost:4000/data',
  bust: null,
  cookie: null,
  policy: null,
  browser: 'chromium',
  pageOrigin: 'http://localhost:5173',
  startedAt: 0,
  eventIdFrom: 0,
  trace: null,
  traceUncached: null,
  js: {
    ok: false,
    error: 'TypeError: Failed to fetch',
    status: null,
    type: null,
    redirected: false,
    url: null,
    headers: [],
    body: null,
    durationMs: 1,
  },
  events: [],
  complete: true,
};

describe('historySummary', () => {
  it('summarizes a send without empty header rows', () => {
    const summary = Object.fromEntries(historySummary(record));
    expect(summary.Request).toBe('PUT /data');
    expect(summary.Headers).toBe('X-Custom: 1');
    expect(summary['JavaScript saw']).toBe('rejected: TypeError: Failed to fetch');
    expect(summary['Server saw']).toBe('(nothing)');
  });
});
