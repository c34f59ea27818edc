import type { HeaderList, ServerRequest, ServerResponse } from '../http/httpTypes.ts';

/**
 * The contract between the browser simulator and everything that renders a trace (UI, CLI,
 * conformance suite). The HTTP types it builds on live in the http module.
 */

/** The engines the simulator models, in the order the UI and reports list them. */
export const browserNames = ['chromium', 'firefox', 'webkit'] as const;
export type BrowserName = (typeof browserNames)[number];
/** How reasons and reports name each engine. */
export const browserLabels: Record<BrowserName, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};
export type RequestMode = 'cors' | 'no-cors' | 'same-origin';
export type RequestCredentials = 'omit' | 'same-origin' | 'include';
export type RequestRedirect = 'follow' | 'error' | 'manual';
export type RequestCacheMode =
  'default' | 'no-store' | 'reload' | 'no-cache' | 'force-cache' | 'only-if-cached';

/** What a page's script passes to `fetch(url, init)`, plus the page's own origin. */
export interface FetchRequest {
  /** Serialized origin of the page calling fetch, e.g. `http://localhost:5173` (or `null`). */
  pageOrigin: string;
  /** Absolute URL. */
  url: string;
  /** Default `GET`. Normalized (upper-cased) only for DELETE, GET, HEAD, OPTIONS, POST, PUT, as fetch does. */
  method?: string;
  headers?: HeaderList;
  /** Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Default `cors`. */
  mode?: RequestMode;
  /** Default `follow`. */
  redirect?: RequestRedirect;
  /** Default `default`. */
  cache?: RequestCacheMode;
  /** A string body; its implied Content-Type is `text/plain;charset=UTF-8` unless set. Default none. */
  body?: string | null;
}

/** One check the browser made, in order. */
export interface TraceStep {
  /** Stable id, e.g. `preflight.status`, `cors.acao`, `request.forbidden-header`. */
  id: string;
  ok: boolean;
  /** One plain-English sentence explaining the result. */
  reason: string;
  /** Link to the Fetch standard section that defines the check. */
  spec: string;
  /** Which exchange (index into `Trace.exchanges`) the check was made on, if any. */
  exchange?: number;
  /**
   * The check passed but the browser silently changed the request (e.g. dropped a forbidden header),
   * which a learner should notice. Absent when false.
   */
  warning?: boolean;
}

/** `redirect`: the response was a redirect the browser followed; `actual`: any other request. */
export type ExchangeKind = 'preflight' | 'actual' | 'redirect';

/** A request that reached the server and the response it got. */
export interface TraceExchange {
  kind: ExchangeKind;
  request: ServerRequest;
  response: ServerResponse;
  /** `Origin` header as sent, or null when none was sent. */
  origin: string | null;
}

/** What JavaScript gets when the promise resolves. */
export interface JsResponse {
  type: 'basic' | 'cors' | 'opaque' | 'opaqueredirect';
  status: number;
  /** Every header JavaScript can read: lower-case names, values as `Headers.get` returns them. */
  headers: Record<string, string>;
  redirected: boolean;
  url: string;
}

export type TraceOutcome =
  | 'allowed' // promise resolved with a readable response
  | 'opaque' // promise resolved but JS cannot read the response (no-cors, manual redirect)
  | 'blocked' // a CORS check failed: TypeError
  | 'network-error' // other network error (redirect: error, too many redirects, …)
  | 'invalid-request'; // fetch threw before any request was sent

export interface Trace {
  browser: BrowserName;
  request: FetchRequest;
  /** Whether the fetch promise resolved. */
  ok: boolean;
  outcome: TraceOutcome;
  /** `TypeError: Failed to fetch` etc. as `String(error)` prints in this browser; null when ok. */
  error: string | null;
  response: JsResponse | null;
  preflight: {
    /** Whether a preflight was needed (sent or answered from the preflight cache). */
    needed: boolean;
    sent: boolean;
    /** Served from the preflight cache instead of the network. */
    cached: boolean;
    acrm: string | null;
    acrh: string | null;
  };
  exchanges: TraceExchange[];
  steps: TraceStep[];
  /**
   * Chromium's console message for a failure (or null): the CORS or Fetch API message, else the
   * network line ("Failed to load resource: net::…"), which is all Chromium says for a failure below CORS.
   */
  consoleChromium: string | null;
  /**
   * Every error line Chromium's console shows for this fetch, in the order it logs them: the message
   * above plus the network line of any failure or error status (DevTools shows that one as
   * `GET <url> net::ERR_FAILED`). Absent in traces made before it existed.
   */
  consoleChromiumLines?: string[];
  /** Firefox's "Cross-Origin Request Blocked: … (Reason: …)" text (or null). */
  consoleFirefox: string | null;
  /**
   * WebKit's (Safari's) main console message for a failure (or null): the CORS reason, e.g. `Origin X is not
   * allowed by Access-Control-Allow-Origin. Status code: 200`, else its Fetch API line.
   */
  consoleWebkit?: string | null;
  /**
   * Every error line WebKit's console shows for this fetch, in order: the CORS reason, then `Fetch API
   * cannot load <url> due to access control checks.` (levels such as `CONSOLE SECURITY ERROR` left out).
   * Absent in traces made before it existed.
   */
  consoleWebkitLines?: string[];
  /** The TypeError message each browser would give, regardless of `browser`. */
  errorMessages: Record<BrowserName, string> | null;
  /** Machine-readable cause of a blocked or failed fetch (for fixes and the UI); null when ok. */
  failure?: TraceFailure | null;
}

/**
 * Why a fetch failed, in the vocabulary of Chromium's `CorsError` (Firefox's reasons map onto it).
 * `hint` carries the offending value (header value, method or header name) when there is one.
 */
export interface TraceFailure {
  code: TraceFailureCode;
  hint: string | null;
  /** The failure happened while checking the CORS-preflight response. */
  preflight: boolean;
  /** Index into `Trace.exchanges` of the response that failed, if a response did. */
  exchange: number | null;
}

export type TraceFailureCode =
  | 'invalid-request' // fetch() threw synchronously (bad method, header, body, URL)
  | 'disallowed-by-mode' // same-origin mode, cross-origin URL
  | 'scheme-not-supported' // hint: the URL's scheme, e.g. `ftp:`
  | 'missing-allow-origin'
  | 'multiple-allow-origin'
  | 'invalid-allow-origin'
  | 'allow-origin-mismatch'
  | 'wildcard-origin-with-credentials'
  | 'invalid-allow-credentials'
  | 'preflight-status'
  | 'preflight-redirect'
  | 'invalid-allow-methods'
  | 'invalid-allow-headers'
  | 'method-not-allowed'
  | 'header-not-allowed'
  | 'redirect-mode-error'
  | 'redirect-mode-no-cors'
  | 'too-many-redirects'
  | 'redirect-invalid-location'
  | 'redirect-contains-credentials'
  | 'redirect-body-not-replayable'
  | 'invalid-response' // refused by the network stack before any CORS check; hint: Chromium's net error
  | 'cache-miss' // only-if-cached and nothing in the HTTP cache
  | 'server-error';
