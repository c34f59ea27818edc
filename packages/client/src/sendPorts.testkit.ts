import * as engine from '@cors-playground/engine';
import type { PolicyInput } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import { createStore } from 'zustand/vanilla';
import type { RequestDraftInit } from './requestDraft.ts';
import type { SendFetchResponse, SendPorts } from './sendPorts.ts';
import type { SendState } from './sendState.ts';

/** The app origin and lab API origin the fakes stand for. */
export const sendTestingApp = 'http://localhost:5173';
export const sendTestingApi = 'http://localhost:4000';

/** A fetch `Response` as the fake fetch answers it. */
export function sendTestingResponse(patch: Partial<SendFetchResponse> = {}): SendFetchResponse {
  return {
    status: 200,
    type: 'cors',
    redirected: false,
    url: `${sendTestingApi}/data`,
    headers: [['content-type', 'application/json']],
    text: async () => '{"ok":true}',
    ...patch,
  };
}

/** A promise with its resolve in hand: the test decides when a port answers. */
function sendTestingGate<T>() {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Fakes for every port of a Send, with what each was asked: a fetch that answers `response` (or throws
 * it), a control plane whose close answers `recorded` requests, an event stream the test pushes into,
 * a real vanilla zustand store, a clock whose waits end when the test says, and the real engine.
 */
export function sendTestingPorts(
  options: {
    policy?: PolicyInput;
    response?: SendFetchResponse | Error;
    recorded?: number;
    openFails?: boolean;
  } = {},
) {
  const policy = engine.policySchema.parse(
    options.policy ?? { origin: { mode: 'list', allow: [sendTestingApp] } },
  );
  const fetched: Array<{ url: string; init: RequestDraftInit }> = [];
  const control: string[] = [];
  let streamed: LabEvent[] = [];
  const listeners = new Set<(events: readonly LabEvent[]) => void>();
  const sleeps: Array<() => void> = [];
  const fetchGate = sendTestingGate<void>();
  const closeGate = sendTestingGate<void>();
  const sleepGate = sendTestingGate<void>();
  const store = createStore<SendState>()(() => ({
    sendPending: false,
    sendCount: 0,
    sendCurrentId: null,
    sendFocusId: null,
    sendCookie: null,
    historyRecords: [],
  }));
  let tokens = 0;
  const ports: SendPorts = {
    fetch: async (url, init) => {
      fetched.push({ url, init });
      await fetchGate.promise;
      if (options.response instanceof Error) throw options.response;
      return options.response ?? sendTestingResponse();
    },
    control: {
      config: async () => ({ apiOrigin: sendTestingApi }),
      policy: async (sandbox) => {
        control.push(`policy ${sandbox}`);
        return policy;
      },
      sendOpen: async (sandbox, token) => {
        control.push(`open ${sandbox} ${token}`);
        if (options.openFails) throw new Error('Control plane answered 503');
      },
      sendClose: async (sandbox, token) => {
        control.push(`close ${sandbox} ${token}`);
        closeGate.resolve();
        return options.recorded ?? 0;
      },
    },
    events: {
      subscribe: (_sandbox, listener) => {
        listeners.add(listener);
        listener(streamed);
        return () => listeners.delete(listener);
      },
    },
    store,
    engine: {
      load: async () => engine,
      preflightCache: () => engine.preflightCacheCreate(),
    },
    clock: {
      now: () => 1_700_000_000_000,
      monotonic: () => 0,
      sleep: (ms) =>
        new Promise((resolve) => {
          sleeps.push(() => resolve(void ms));
          sleepGate.resolve();
        }),
    },
    page: { origin: sendTestingApp, browser: 'chromium', token: () => `token-${++tokens}` },
  };
  return {
    ports,
    store,
    fetched,
    control,
    /** Lets the fake fetch answer. */
    fetchAnswer: () => fetchGate.resolve(),
    /** Resolves once the Send asked the server to close it. */
    closed: closeGate.promise,
    /** The stream delivers `events` on top of what it has. */
    stream: (...events: LabEvent[]) => {
      streamed = [...streamed, ...events];
      for (const listener of listeners) listener(streamed);
    },
    /** Resolves once the Send waits on the clock. */
    sleeping: sleepGate.promise,
    /** Ends every wait on the clock. */
    sleepEnd: () => sleeps.splice(0).forEach((end) => end()),
    /** How many listeners the stream has. */
    listening: () => listeners.size,
  };
}
