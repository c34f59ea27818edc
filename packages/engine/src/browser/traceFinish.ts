import {
  consoleMessageChromium,
  consoleMessageChromiumNetError,
  consoleMessageFirefox,
} from './consoleMessage.ts';
import { consoleMessageWebkitLines } from './consoleMessageWebkit.ts';
import type { CorsProblem } from './corsProblem.ts';
import { type FetchState, fetchStateOrigin } from './fetchState.ts';
import { redirectFollowTarget } from './redirectFollow.ts';
import { urlParse } from '../http/urlParse.ts';
import { responseHeadReason } from './responseHead.ts';
import type {
  BrowserName,
  FetchRequest,
  JsResponse,
  Trace,
  TraceFailure,
  TraceOutcome,
  TraceStep,
} from './fetchTypes.ts';

/** The TypeError message each browser gives for any network error, CORS included. */
export const traceNetworkErrorMessages: Record<BrowserName, string> = {
  chromium: 'Failed to fetch',
  firefox: 'NetworkError when attempting to fetch resource.',
  webkit: 'Load failed',
};

/** Codes that are network errors of their own (outcome `network-error`) rather than CORS failures. */
const networkErrorCodes = new Set([
  'redirect-mode-error',
  'redirect-mode-no-cors',
  'too-many-redirects',
  'redirect-invalid-location',
  'redirect-body-not-replayable',
  'server-error',
  'scheme-not-supported',
  'invalid-response',
  'cache-miss',
]);

/**
 * Chromium's network line for a response it delivered with an error status (a readable 404, an opaque
 * 500 alike), quoting the reason phrase the server sent; none below 400.
 */
function traceFinishStatusLines(state: FetchState): string[] {
  const last = state.exchanges[state.exchanges.length - 1]?.response;
  if (last === undefined || last.status < 400) return [];
  return [
    `Failed to load resource: the server responded with a status of ${last.status} (${responseHeadReason(last)})`,
  ];
}

/** A trace whose promise resolved with `response`. */
export function traceFinishResponse(state: FetchState, response: JsResponse): Trace {
  const outcome: TraceOutcome =
    response.type === 'opaque' || response.type === 'opaqueredirect' ? 'opaque' : 'allowed';
  return {
    browser: state.browser,
    request: state.input,
    ok: true,
    outcome,
    error: null,
    response,
    preflight: state.preflight,
    exchanges: state.exchanges,
    steps: state.log.steps,
    consoleChromium: null,
    consoleChromiumLines: traceFinishStatusLines(state),
    consoleFirefox: null,
    consoleWebkit: null,
    consoleWebkitLines: [],
    errorMessages: null,
    failure: null,
  };
}

/**
 * A trace whose promise rejected with a network error. `exchange` is the failing exchange's index
 * (null when nothing reached the server); `url` the URL that failed.
 */
export function traceFinishFailure(
  state: FetchState,
  problem: CorsProblem,
  exchange: number | null,
  url: string,
): Trace {
  const failure: TraceFailure = {
    code: problem.code,
    hint: problem.hint,
    preflight: problem.preflight,
    exchange,
  };
  // A response the network stack refused has no status as far as the page's console is concerned.
  const status =
    exchange === null || problem.code === 'invalid-response'
      ? null
      : (state.exchanges[exchange]?.response.status ?? null);
  const context = {
    initialUrl: state.initialUrl,
    url,
    pageOrigin: state.request.origin,
    status,
    cors: state.tainting === 'cors',
  };
  const message = consoleMessageChromium(failure, context);
  const netError = consoleMessageChromiumNetError(failure);
  const networkLine = netError === null ? null : `Failed to load resource: net::${netError}`;
  const failed = exchange === null ? undefined : state.exchanges[exchange]?.response;
  const location = failed === undefined ? null : redirectFollowTarget(failed);
  const webkitLines = consoleMessageWebkitLines(failure, {
    ...context,
    requestOrigin: fetchStateOrigin(state),
    headers: failed?.headers ?? null,
    redirectTo: location === null ? null : (urlParse(location, url)?.href ?? location),
    authorHeaders: state.input.headers ?? [],
  });
  return {
    browser: state.browser,
    request: state.input,
    ok: false,
    outcome: networkErrorCodes.has(problem.code) ? 'network-error' : 'blocked',
    error: `TypeError: ${traceNetworkErrorMessages[state.browser]}`,
    response: null,
    preflight: state.preflight,
    exchanges: state.exchanges,
    steps: state.log.steps,
    consoleChromium: message ?? networkLine,
    consoleChromiumLines: [message, networkLine].filter((line): line is string => line !== null),
    consoleFirefox: consoleMessageFirefox(failure, context),
    consoleWebkit: webkitLines[0] ?? null,
    consoleWebkitLines: webkitLines,
    errorMessages: { ...traceNetworkErrorMessages },
    failure,
  };
}

/** A trace for a `fetch()` call that threw before sending anything. */
export function traceFinishInvalid(
  browser: BrowserName,
  input: FetchRequest,
  steps: TraceStep[],
  messages: Record<BrowserName, string>,
): Trace {
  return {
    browser,
    request: input,
    ok: false,
    outcome: 'invalid-request',
    error: `TypeError: ${messages[browser]}`,
    response: null,
    preflight: { needed: false, sent: false, cached: false, acrm: null, acrh: null },
    exchanges: [],
    steps,
    consoleChromium: null,
    consoleChromiumLines: [],
    consoleFirefox: null,
    consoleWebkit: null,
    consoleWebkitLines: [],
    errorMessages: messages,
    failure: { code: 'invalid-request', hint: null, preflight: false, exchange: null },
  };
}
