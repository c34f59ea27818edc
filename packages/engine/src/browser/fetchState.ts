import type { BrowserName, FetchRequest, Trace, TraceExchange } from './fetchTypes.ts';
import type { PreflightCache } from './preflightCache.ts';
import type { PreparedRequest } from './requestPrepare.ts';
import type { StepLog } from './stepLog.ts';

/** How a response is filtered for JavaScript, decided by main fetch (spec "response tainting"). */
export type ResponseTainting = 'basic' | 'cors' | 'opaque';

/** Everything one simulated fetch carries from hop to hop. */
export interface FetchState {
  browser: BrowserName;
  input: FetchRequest;
  log: StepLog;
  request: PreparedRequest;
  cache: PreflightCache;
  now: () => number;
  /** URL first fetched, without fragment. */
  initialUrl: string;
  /** Every URL fetched, in order (more than one means `response.redirected`). */
  urlList: string[];
  tainting: ResponseTainting;
  /** Set after a cross-origin redirect: the request's `Origin` becomes `null`. */
  tainted: boolean;
  redirectCount: number;
  /**
   * Firefox keeps a channel's preflight requirement across redirects: once a hop needed a preflight,
   * every later hop is preflighted too (observed in Firefox ESR 153, e.g. a 303 that turns PUT into GET).
   */
  preflightForced: boolean;
  exchanges: TraceExchange[];
  preflight: Trace['preflight'];
}

/** The `Origin` the request carries now (`null` once tainted by a redirect). */
export function fetchStateOrigin(state: FetchState): string {
  return state.tainted ? 'null' : state.request.origin;
}

/** Credentials mode `include` in the CORS sense (`same-origin` never counts cross-origin). */
export function fetchStateIncludes(state: FetchState): boolean {
  return state.request.credentials === 'include';
}
