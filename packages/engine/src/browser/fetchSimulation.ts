import { corsCheck } from './corsCheck.ts';
import { type CorsProblem, corsProblem } from './corsProblem.ts';
import { type FetchState, fetchStateIncludes, fetchStateOrigin } from './fetchState.ts';
import type { BrowserName, FetchRequest, Trace } from './fetchTypes.ts';
import type { HeaderList, ServerRequest, ServerResponse } from './../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { type PreflightCache, preflightCacheCreate, preflightCacheForget } from './preflightCache.ts';
import { preflightFetch } from './preflightFetch.ts';
import { requestPrepare, requestPrepareMethod } from './requestPrepare.ts';
import { redirectFollow, redirectFollowTarget } from './redirectFollow.ts';
import { responseFilter } from './responseFilter.ts';
import { responseHeadRefusal } from './responseHead.ts';
import { schemeFetch } from './schemeFetch.ts';
import { serverResponseValid } from './serverResponseValid.ts';
import { specLink } from './specLink.ts';
import { StepLog } from './stepLog.ts';
import { traceFinishFailure, traceFinishInvalid, traceFinishResponse } from './traceFinish.ts';
import { urlIsHttp, urlWithoutFragment } from '../http/urlParse.ts';

export interface SimOptions {
  browser: BrowserName;
  /**
   * The page's preflight cache, shared by the fetches of one simulated page. Default: a fresh cache
   * per call, so every preflight goes to the network.
   */
  preflightCache?: PreflightCache;
  /** Clock in milliseconds, for preflight-cache expiry. Default `Date.now`. */
  now?: () => number;
}

/**
 * Decides, on each hop, how the response will be tainted (https://fetch.spec.whatwg.org/#main-fetch)
 * or why the hop may not be fetched at all.
 */
function mainFetchHop(state: FetchState): CorsProblem | null {
  const { log, request } = state;
  const url = request.url;
  if (url.origin === request.origin && state.tainting === 'basic') {
    log.pass(
      'request.same-origin',
      `${url.origin} is the page's origin: no CORS checks apply.`,
      specLink.mainFetch,
    );
    return null;
  }
  if (request.mode === 'same-origin') {
    log.fail(
      'request.mode',
      `mode: 'same-origin' forbids fetching ${url.origin} from ${request.origin}.`,
      specLink.mainFetch,
    );
    return corsProblem('disallowed-by-mode');
  }
  if (request.mode === 'no-cors') {
    if (request.redirect !== 'follow') {
      log.fail(
        'request.mode',
        "A cross-origin no-cors request must use redirect: 'follow'.",
        specLink.mainFetch,
      );
      return corsProblem('redirect-mode-no-cors');
    }
    state.tainting = 'opaque';
    log.pass(
      'request.cross-origin',
      `${url.origin} is cross-origin and the mode is no-cors: the response will be opaque.`,
      specLink.mainFetch,
    );
    return null;
  }
  if (state.tainting !== 'cors') {
    state.tainting = 'cors';
    log.pass(
      'request.cross-origin',
      `${url.origin} is not the page's origin (${request.origin}): this is a CORS request.`,
      specLink.mainFetch,
    );
  }
  return null;
}

/** The request as it reaches the server: author headers plus `Accept` and (when due) `Origin`. */
function actualRequest(state: FetchState): { request: ServerRequest; origin: string | null } {
  const { request } = state;
  const headers: HeaderList = request.headers.slice();
  if (headerListGet(headers, 'accept') === null) headers.unshift(['accept', '*/*']);
  // https://fetch.spec.whatwg.org/#append-a-request-origin-header; WebKit keeps the Origin header of a
  // request that had one when a redirect turns it into a GET.
  const first = state.input.method === undefined ? 'GET' : requestPrepareMethod(state.input.method);
  const kept = state.browser === 'webkit' && first !== 'GET' && first !== 'HEAD';
  const sendsOrigin =
    state.tainting === 'cors' || kept || (request.method !== 'GET' && request.method !== 'HEAD');
  const origin = sendsOrigin ? fetchStateOrigin(state) : null;
  if (origin !== null) headers.push(['origin', origin]);
  const url = urlWithoutFragment(request.url);
  return { request: { method: request.method, url, headers, body: request.body }, origin };
}

/**
 * The fetch algorithm as a generator: it yields each request that reaches the server and receives
 * the server's response, so one implementation drives both a synchronous and an asynchronous server.
 */
export function* fetchSimulation(
  input: FetchRequest,
  options: SimOptions,
): Generator<ServerRequest, Trace, ServerResponse> {
  const browser = options.browser;
  const log = new StepLog();
  const prepared = requestPrepare(input, browser, log);
  if ('messages' in prepared) return traceFinishInvalid(browser, input, log.steps, prepared.messages);
  const initialUrl = urlWithoutFragment(prepared.url);
  const state: FetchState = {
    browser,
    input,
    log,
    request: prepared,
    cache: options.preflightCache ?? preflightCacheCreate(),
    now: options.now ?? Date.now,
    initialUrl,
    urlList: [initialUrl],
    tainting: 'basic',
    tainted: false,
    redirectCount: 0,
    preflightForced: false,
    exchanges: [],
    preflight: { needed: false, sent: false, cached: false, acrm: null, acrh: null },
  };
  if (!urlIsHttp(prepared.url)) {
    // Only the first URL can be another scheme: a redirect to one fails in redirectFollow.
    const result = schemeFetch(prepared.url, browser, log);
    if ('response' in result) return traceFinishResponse(state, result.response);
    return traceFinishFailure(state, result.problem, null, initialUrl);
  }
  for (;;) {
    const url = urlWithoutFragment(state.request.url);
    const hopProblem = mainFetchHop(state);
    if (hopProblem) return traceFinishFailure(state, hopProblem, null, url);
    if (state.tainting === 'cors') {
      const failed = yield* preflightFetch(state);
      if (failed) return traceFinishFailure(state, failed.problem, failed.exchange, url);
    }
    if (state.request.cache === 'only-if-cached' && browser === 'webkit') {
      log.warn(
        'request.cache',
        "WebKit does not honour cache: 'only-if-cached': with nothing cached it goes to the network like any other fetch.",
        specLink.httpNetworkOrCacheFetch,
      );
    } else if (state.request.cache === 'only-if-cached') {
      log.fail(
        'request.cache',
        "cache: 'only-if-cached' may only answer from the HTTP cache, and nothing is cached for this URL: a network error, and no request is sent.",
        specLink.httpNetworkOrCacheFetch,
      );
      return traceFinishFailure(state, corsProblem('cache-miss'), null, url);
    }
    const { request, origin } = actualRequest(state);
    let response: ServerResponse;
    try {
      response = yield request;
    } catch {
      log.fail(
        'request.network',
        `The request to ${url} failed at the network level (no response).`,
        specLink.httpFetch,
      );
      return traceFinishFailure(state, corsProblem('server-error'), null, url);
    }
    if (!serverResponseValid(response)) {
      log.fail('request.network', `The server gave no valid HTTP response for ${url}.`, specLink.httpFetch);
      return traceFinishFailure(state, corsProblem('server-error'), null, url);
    }
    const record = { kind: 'actual' as 'actual' | 'redirect', request, response, origin };
    const exchange = state.exchanges.push(record) - 1;
    const refused = responseHeadRefusal(response, browser, log, exchange, false);
    if (refused) return traceFinishFailure(state, refused, exchange, url);
    const include = fetchStateIncludes(state);
    if (state.tainting === 'cors') {
      const problem = corsCheck(response.headers, fetchStateOrigin(state), include, browser, log, exchange);
      if (problem) {
        preflightCacheForget(state.cache, browser, state.request.origin, url);
        return traceFinishFailure(state, problem, exchange, url);
      }
    }
    const location = redirectFollowTarget(response);
    if (location !== null) {
      if (state.request.redirect === 'error') {
        log.fail(
          'redirect.mode',
          `The response is a ${response.status} redirect and the request's redirect mode is 'error'.`,
          specLink.httpFetch,
          exchange,
        );
        return traceFinishFailure(state, corsProblem('redirect-mode-error'), exchange, url);
      }
      if (state.request.redirect === 'manual') {
        const js = responseFilter('opaqueredirect', 0, [], url, false, include, log, exchange);
        return traceFinishResponse(state, js);
      }
      const problem = redirectFollow(state, location, response.status, exchange);
      if (problem) return traceFinishFailure(state, problem, exchange, url);
      record.kind = 'redirect';
      continue;
    }
    const type = state.tainting === 'basic' ? 'basic' : state.tainting === 'cors' ? 'cors' : 'opaque';
    const redirected = state.urlList.length > 1;
    const js = responseFilter(
      type,
      response.status,
      response.headers,
      url,
      redirected,
      include,
      log,
      exchange,
    );
    return traceFinishResponse(state, js);
  }
}
