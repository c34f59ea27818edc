import { describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { labEventMake } from './labEvent.testkit.ts';
import { requestDraftDefault, type RequestDraft } from './requestDraft.ts';
import { sendTestingApi, sendTestingPorts } from './sendPorts.testkit.ts';
import { sendSessionRun } from './sendSession.ts';
import type { SendState } from './sendState.ts';

const draft = (patch: Partial<RequestDraft> = {}): RequestDraft => ({ ...requestDraftDefault(), ...patch });

/** Resolves once the store's state satisfies `done`: the test waits on what the Send reports, never a time. */
function storeUntil(store: StoreApi<SendState>, done: (state: SendState) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done(store.getState())) return resolve();
    const unsubscribe = store.subscribe((state) => {
      if (!done(state)) return;
      unsubscribe();
      resolve();
    });
  });
}

const last = (state: SendState) => state.historyRecords.at(-1);
const record = (store: StoreApi<SendState>) => last(store.getState());

describe('sendSessionRun', () => {
  it('is complete when the stream delivered what the server recorded, not what the engine predicted', async () => {
    // A custom header: the engine predicts a preflight and the request; this browser had the preflight cached.
    const fakes = sendTestingPorts({ recorded: 1 });
    const run = sendSessionRun(fakes.ports, 'box', draft({ headers: [['X-Custom', '1']] }));
    await storeUntil(fakes.store, (s) => last(s)?.trace != null);
    expect(record(fakes.store)?.trace?.exchanges.length).toBe(2);
    fakes.fetchAnswer();
    await fakes.closed;
    expect(fakes.control).toEqual(['policy box', 'open box token-1', 'close box token-1']);
    // Requests the sandbox got from elsewhere (no token, another tab's) are not this send's.
    fakes.stream(labEventMake({ id: 7 }), labEventMake({ id: 8, send: 'token-other' }));
    await Promise.resolve();
    expect(record(fakes.store)).toMatchObject({ complete: false, events: [] });
    expect(fakes.store.getState().sendPending).toBe(true);
    fakes.stream(labEventMake({ id: 9, send: 'token-1' }));
    await run;
    expect(record(fakes.store)).toMatchObject({ complete: true, js: { ok: true, status: 200 } });
    expect(record(fakes.store)?.events.map((e) => e.id)).toEqual([9]);
    expect(fakes.store.getState()).toMatchObject({ sendPending: false, sendCount: 1, sendCurrentId: 1 });
    expect(fakes.listening()).toBe(0);
  });

  it('adds the sandbox prefix to what it fetches only: the prediction and the record keep the route URL', async () => {
    const fakes = sendTestingPorts();
    fakes.fetchAnswer();
    await sendSessionRun(fakes.ports, 'box', draft({ path: 'data?x=1' }), { bust: true });
    const sent = record(fakes.store);
    expect(sent?.bust).toMatch(/^_bust=[a-z0-9]+1$/);
    expect(fakes.fetched.map((f) => f.url)).toEqual([`${sendTestingApi}/s/box/data?x=1&${sent?.bust}`]);
    expect(sent?.url).toBe(fakes.fetched[0]?.url);
    expect(sent?.labUrl).toBe(`${sendTestingApi}/data?x=1&${sent?.bust}`);
    expect(sent?.trace?.exchanges[0]?.request.url).toBe(sent?.labUrl);
  });

  it('passes the draft to fetch without the editor’s empty header rows', async () => {
    const fakes = sendTestingPorts();
    fakes.fetchAnswer();
    const headers: Array<[string, string]> = [
      ['X-A', '1'],
      [' ', ''],
    ];
    await sendSessionRun(fakes.ports, 'default', draft({ method: 'PUT', headers, body: 'hi' }));
    expect(fakes.fetched[0]).toEqual({
      url: `${sendTestingApi}/data`,
      init: {
        method: 'PUT',
        headers: [['X-A', '1']],
        body: 'hi',
        credentials: 'same-origin',
        mode: 'cors',
        redirect: 'follow',
        cache: 'default',
      },
    });
  });

  it('completes at once when fetch rejected before anything reached the server', async () => {
    const fakes = sendTestingPorts({ response: new TypeError('Failed to fetch'), recorded: 0 });
    fakes.fetchAnswer();
    await sendSessionRun(fakes.ports, 'box', draft());
    expect(record(fakes.store)).toMatchObject({
      complete: true,
      events: [],
      js: { ok: false, error: 'TypeError: Failed to fetch', status: null },
    });
  });

  it('ignores a Send while one runs', async () => {
    const fakes = sendTestingPorts();
    const first = sendSessionRun(fakes.ports, 'box', draft());
    await storeUntil(fakes.store, (s) => s.sendPending);
    await sendSessionRun(fakes.ports, 'box', draft({ path: '/echo' }));
    fakes.fetchAnswer();
    await first;
    expect(fakes.store.getState().historyRecords.map((r) => r.draft.path)).toEqual(['/data']);
    expect(fakes.fetched).toHaveLength(1);
  });

  it('learns the cookie the browser sent on a credentialed send, for the next prediction', async () => {
    const fakes = sendTestingPorts({ recorded: 1 });
    const run = sendSessionRun(fakes.ports, 'box', draft({ path: '/private', credentials: 'include' }));
    fakes.fetchAnswer();
    await fakes.closed;
    fakes.stream(labEventMake({ id: 3, send: 'token-1', requestHeaders: [['cookie', 'session=abc']] }));
    await run;
    expect(fakes.store.getState().sendCookie).toBe('session=abc');
    const next = sendSessionRun(fakes.ports, 'box', draft({ path: '/private', credentials: 'include' }));
    await storeUntil(fakes.store, (s) => last(s)?.id === 2);
    expect(record(fakes.store)?.cookie).toBe('session=abc');
    fakes.stream(labEventMake({ id: 5, send: 'token-2' }));
    await next;
  });

  it('completes without the server view when the server could not open the send', async () => {
    const fakes = sendTestingPorts({ openFails: true });
    fakes.fetchAnswer();
    await sendSessionRun(fakes.ports, 'box', draft());
    expect(fakes.control).toEqual(['policy box', 'open box token-1']);
    expect(record(fakes.store)).toMatchObject({ complete: true, events: [], js: { ok: true } });
  });

  it('completes with what arrived when the stream lost some of what the server recorded', async () => {
    const fakes = sendTestingPorts({ recorded: 2 });
    const run = sendSessionRun(fakes.ports, 'box', draft());
    fakes.fetchAnswer();
    await fakes.sleeping;
    fakes.stream(labEventMake({ id: 4, send: 'token-1' }));
    await storeUntil(fakes.store, (s) => last(s)?.events.length === 1);
    expect(record(fakes.store)?.complete).toBe(false);
    fakes.sleepEnd();
    await run;
    expect(record(fakes.store)).toMatchObject({ complete: true });
    expect(record(fakes.store)?.events.map((e) => e.id)).toEqual([4]);
  });
});
