import type * as EngineModule from '@cors-playground/engine';
import type { BrowserName, Policy, PreflightCache } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { RequestDraftInit } from './requestDraft.ts';
import type { SendState } from './sendState.ts';

/** The engine module, loaded by the app on demand (it would take the initial bundle over its budget). */
export type SendEngine = typeof EngineModule;

/** What the client reads of a fetch `Response` (the DOM's fits). */
export interface SendFetchResponse {
  status: number;
  type: string;
  redirected: boolean;
  url: string;
  headers: Iterable<[string, string]>;
  text(): Promise<string>;
}

/** The page's own `fetch`: the browser decides what JavaScript may see, and what reaches the server. */
export type SendFetch = (url: string, init: RequestDraftInit) => Promise<SendFetchResponse>;

/** The playground's control plane, as far as a Send needs it. */
export interface SendControl {
  /** Where the lab API is. */
  config(): Promise<{ apiOrigin: string }>;
  /** The sandbox's live policy, read now (the CLI or another tab may have just changed it). */
  policy(sandbox: string): Promise<Policy>;
  /** From now on the server stamps the sandbox's requests with `token`. */
  sendOpen(sandbox: string, token: string): Promise<void>;
  /** Stops stamping `token`: resolves with how many requests the server recorded for it. */
  sendClose(sandbox: string, token: string): Promise<number>;
}

/** The sandbox's server events as the tab's event stream delivers them. */
export interface SendEventSource {
  /** Calls `listener` with the events known now, then on every change; returns the unsubscribe. */
  subscribe(sandbox: string, listener: (events: readonly LabEvent[]) => void): () => void;
}

/**
 * Where a Send's state goes: a vanilla zustand store (or any store with the same `setState`). The client
 * only ever writes through updaters, so the store's state is read in one place at one instant.
 */
export interface SendStore {
  setState(updater: (state: SendState) => Partial<SendState>): void;
}

/** The engine and this tab's model of the browser's preflight cache. */
export interface SendEngineLoader {
  load(): Promise<SendEngine>;
  /** The same cache for every prediction of this tab: a preflight the browser cached is predicted cached. */
  preflightCache(engine: SendEngine): PreflightCache;
}

/** Time, for durations and waits. */
export interface SendClock {
  /** Epoch milliseconds. */
  now(): number;
  /** A monotonic clock in milliseconds (`performance.now()`). */
  monotonic(): number;
  /** Resolves after `ms` milliseconds. */
  sleep(ms: number): Promise<void>;
}

/** The page the Send runs in. */
export interface SendPage {
  /** Its origin, e.g. `http://localhost:5173`. */
  origin: string;
  /** The engine model matching the browser running it. */
  browser: BrowserName;
  /** A fresh random send token (see `labSendTokenSchema`). */
  token(): string;
}

/** Everything a Send touches outside itself. */
export interface SendPorts {
  fetch: SendFetch;
  control: SendControl;
  events: SendEventSource;
  store: SendStore;
  engine: SendEngineLoader;
  clock: SendClock;
  page: SendPage;
}
