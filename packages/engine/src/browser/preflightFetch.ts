import { corsCheck } from './corsCheck.ts';
import { type CorsProblem, corsProblem } from './corsProblem.ts';
import { corsSafelistMethod, corsSafelistUnsafeNames } from './corsSafelist.ts';
import { type FetchState, fetchStateIncludes, fetchStateOrigin } from './fetchState.ts';
import { browserLabels } from './fetchTypes.ts';
import type { HeaderList, ServerRequest, ServerResponse } from './../http/httpTypes.ts';
import { preflightCacheForgetFailed, preflightCacheMatch, preflightCacheStore } from './preflightCache.ts';
import { preflightResultCheck, preflightResultIsProblem } from './preflightResult.ts';
import { redirectFollowTarget } from './redirectFollow.ts';
import { responseHeadRefusal } from './responseHead.ts';
import { serverResponseValid } from './serverResponseValid.ts';
import { specLink } from './specLink.ts';
import { urlWithoutFragment } from '../http/urlParse.ts';

/** A failed preflight and the exchange it failed on (null when no response arrived). */
export interface PreflightFailure {
  problem: CorsProblem;
  exchange: number | null;
}

/**
 * The CORS-preflight part of https://fetch.spec.whatwg.org/#http-fetch for one hop: decides whether a
 * preflight is needed, consults the preflight cache, sends `OPTIONS` and checks the answer.
 */
export function* preflightFetch(
  state: FetchState,
): Generator<ServerRequest, PreflightFailure | null, ServerResponse> {
  const { browser, log, request } = state;
  const unsafe = corsSafelistUnsafeNames(request.headers, browser);
  const methodSafe = corsSafelistMethod(request.method);
  // Firefox and WebKit preflight every later hop of a request that needed one, whatever its method now.
  const forced = state.preflightForced && browser !== 'chromium';
  if (methodSafe && unsafe.length === 0 && !forced) {
    log.pass(
      'preflight.needed',
      `No preflight: ${request.method} is CORS-safelisted and every request header is safelisted.`,
      specLink.corsSafelistedRequestHeader,
    );
    return null;
  }
  state.preflight.needed = true;
  const methodWhy = methodSafe ? '' : `${request.method} is not a CORS-safelisted method`;
  const headerWhy =
    unsafe.length === 0 ? '' : `the request headers ${unsafe.join(', ')} are not CORS-safelisted`;
  const why =
    methodWhy && headerWhy
      ? `${methodWhy} and ${headerWhy}`
      : methodWhy ||
        headerWhy ||
        `${browserLabels[browser]} preflights every redirect hop of a request that needed a preflight`;
  state.preflightForced = true;
  log.pass('preflight.needed', `A preflight is needed because ${why}.`, specLink.corsUnsafeNames);
  const url = urlWithoutFragment(request.url);
  const include = fetchStateIncludes(state);
  const query = {
    origin: request.origin,
    url,
    include,
    method: request.method,
    headers: unsafe,
    cache: request.cache,
  };
  if (preflightCacheMatch(state.cache, browser, query, state.now())) {
    state.preflight.cached = true;
    log.pass(
      'preflight.cache',
      'A cached preflight result still covers this method and these headers, so no OPTIONS request is sent.',
      specLink.preflightCache,
    );
    return null;
  }
  const acrh = [...unsafe].sort().join(',');
  // Firefox sends its preflights from the page's principal: their Origin is never tainted to null.
  const origin = browser === 'firefox' ? request.origin : fetchStateOrigin(state);
  const headers: HeaderList = [
    ['accept', '*/*'],
    ['access-control-request-method', request.method],
  ];
  if (acrh !== '') headers.push(['access-control-request-headers', acrh]);
  headers.push(['origin', origin]);
  const serverRequest: ServerRequest = { method: 'OPTIONS', url, headers, body: null };
  if (!state.preflight.sent) {
    state.preflight.sent = true;
    state.preflight.acrm = request.method;
    state.preflight.acrh = acrh === '' ? null : acrh;
  }
  let response: ServerResponse;
  try {
    response = yield serverRequest;
  } catch {
    log.fail(
      'preflight.network',
      'The preflight request failed at the network level (no response).',
      specLink.preflightFetch,
    );
    return { problem: corsProblem('server-error', null, true), exchange: null };
  }
  if (!serverResponseValid(response)) {
    log.fail(
      'preflight.network',
      'The server gave no valid HTTP response to the preflight.',
      specLink.preflightFetch,
    );
    return { problem: corsProblem('server-error', null, true), exchange: null };
  }
  const exchange = state.exchanges.push({ kind: 'preflight', request: serverRequest, response, origin }) - 1;
  const refused = responseHeadRefusal(response, browser, log, exchange, true);
  if (refused) return { problem: refused, exchange };
  if (redirectFollowTarget(response) !== null) {
    // Firefox runs its CORS listener (ACAO, ACAC) on the redirect before refusing it; Chromium refuses outright.
    if (browser === 'firefox') {
      const access = corsCheck(response.headers, origin, include, browser, log, exchange, true);
      if (access) return { problem: access, exchange };
    }
    log.fail(
      'preflight.redirect',
      `The preflight response is a ${response.status} redirect; preflights may not be redirected.`,
      specLink.preflightFetch,
      exchange,
    );
    return { problem: corsProblem('preflight-redirect', String(response.status), true), exchange };
  }
  const needs = { method: request.method, headers: unsafe, include, origin };
  const result = preflightResultCheck(response, needs, browser, log, exchange);
  if (preflightResultIsProblem(result)) {
    preflightCacheForgetFailed(state.cache, browser, query);
    return { problem: result, exchange };
  }
  preflightCacheStore(state.cache, browser, query, result, state.now());
  log.pass(
    'preflight.cache',
    `The preflight result is cached for ${result.maxAge} s in ${browser}.`,
    specLink.preflightCache,
    exchange,
  );
  return null;
}
