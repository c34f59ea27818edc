import { consoleMessageChromium, consoleMessageFirefox } from './consoleMessage.ts';
import type { CorsProblem } from './corsProblem.ts';
import type { FetchState } from './fetchState.ts';
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
};

/** Codes that are CORS-protocol failures (outcome `blocked`) rather than other network errors. */
const networkErrorCodes = new Set([
  'redirect-mode-error',
  'redirect-mode-no-cors',
  'too-many-redirects',
  'redirect-invalid-location',
  'redirect-body-not-replayable',
  'server-error',
  'scheme-not-supported',
]);

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
    consoleFirefox: null,
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
  const status = exchange === null ? null : (state.exchanges[exchange]?.response.status ?? null);
  const context = { initialUrl: state.initialUrl, url, pageOrigin: state.request.origin, status };
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
    consoleChromium: consoleMessageChromium(failure, context),
    consoleFirefox: consoleMessageFirefox(failure, context),
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
    consoleFirefox: null,
    errorMessages: messages,
    failure: { code: 'invalid-request', hint: null, preflight: false, exchange: null },
  };
}
