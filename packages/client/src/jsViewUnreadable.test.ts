import { describe, expect, it } from 'vitest';
import type { LabEvent } from '@cors-playground/protocol';
import { jsViewMake } from './jsView.testkit.ts';
import { jsViewUnreadable } from './jsViewUnreadable.ts';

const js = jsViewMake({ headers: [['content-type', 'application/json']], body: '{}' });

const event: LabEvent = {
  id: 1,
  sandbox: 's',
  time: 0,
  kind: 'actual',
  method: 'GET',
  url: 'http://localhost:4000/headers',
  origin: 'http://localhost:5173',
  requestHeaders: [],
  status: 200,
  responseHeaders: [
    ['Content-Type', 'application/json'],
    ['X-Request-Id', 'req-42'],
    ['Access-Control-Allow-Origin', 'http://localhost:5173'],
  ],
  notes: [],
};

describe('jsViewUnreadable', () => {
  it('lists what the server sent that JavaScript could not read', () => {
    expect(jsViewUnreadable(js, [event])).toEqual([
      ['x-request-id', 'req-42'],
      ['access-control-allow-origin', 'http://localhost:5173'],
    ]);
  });

  it('is everything when the fetch rejected, and nothing without a server event', () => {
    expect(jsViewUnreadable({ ...js, ok: false, headers: [] }, [event])).toHaveLength(3);
    expect(jsViewUnreadable(js, [])).toEqual([]);
  });
});
