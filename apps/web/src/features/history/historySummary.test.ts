import { describe, expect, it } from 'vitest';
import { historySummary } from './historySummary.ts';
import { jsViewRejected, requestDraftDefault, type SendRecord } from '@cors-playground/client';

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
  token: 'token-1',
  url: 'http://localhost:4000/data',
  labUrl: 'http://localhost:4000/data',
  bust: null,
  cookie: null,
  policy: null,
  browser: 'chromium',
  pageOrigin: 'http://localhost:5173',
  startedAt: 0,
  trace: null,
  traceUncached: null,
  js: jsViewRejected('TypeError: Failed to fetch', 1),
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
