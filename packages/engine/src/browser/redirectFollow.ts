import { type CorsProblem, corsProblem } from './corsProblem.ts';
import { type FetchState, fetchStateOrigin } from './fetchState.ts';
import type { ServerResponse } from './../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { specLink } from './specLink.ts';
import {
  type ParsedUrl,
  urlHasCredentials,
  urlIsHttp,
  urlParse,
  urlWithoutFragment,
} from '../http/urlParse.ts';

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Headers that describe a body: dropped when a redirect turns the request into a GET. */
const bodyHeaders = new Set(['content-encoding', 'content-language', 'content-location', 'content-type']);
const maxRedirects = 20;

/** The redirect target when `response` is a redirect with a Location header, else null. */
export function redirectFollowTarget(response: ServerResponse): string | null {
  if (!redirectStatuses.has(response.status)) return null;
  return headerListGet(response.headers, 'location');
}

/**
 * https://fetch.spec.whatwg.org/#http-redirect-fetch for `redirect: 'follow'`: updates the state
 * for the next hop (method rewrite, body drop, origin tainting) or returns why it must stop.
 */
export function redirectFollow(
  state: FetchState,
  location: string,
  status: number,
  exchange: number,
): CorsProblem | null {
  const { log, request } = state;
  const current = request.url;
  const target = urlParse(location, current.href);
  if (target === null || !urlIsHttp(target)) {
    log.fail(
      'redirect.location',
      target === null
        ? `The redirect Location "${location}" is not a valid URL, so the fetch fails with a network error.`
        : `The redirect Location "${location}" is not an http(s) URL, so the fetch fails with a network error.`,
      specLink.redirectFetch,
      exchange,
    );
    return corsProblem('redirect-invalid-location', location);
  }
  if (state.redirectCount >= maxRedirects) {
    log.fail(
      'redirect.count',
      `A fetch follows at most ${maxRedirects} redirects; this would be redirect ${maxRedirects + 1}.`,
      specLink.redirectFetch,
      exchange,
    );
    return corsProblem('too-many-redirects', String(maxRedirects));
  }
  state.redirectCount += 1;
  const crossOriginTarget = target.origin !== request.origin;
  if (
    urlHasCredentials(target) &&
    (state.tainting === 'cors' || (request.mode === 'cors' && crossOriginTarget))
  ) {
    log.fail(
      'redirect.credentials',
      `A CORS request may not be redirected to a URL with a username or password (${target.href}).`,
      specLink.redirectFetch,
      exchange,
    );
    return corsProblem('redirect-contains-credentials', urlWithoutFragment(target));
  }
  redirectRewrite(state, status, exchange);
  redirectTaint(state, current, target, exchange);
  request.url = target;
  state.urlList.push(urlWithoutFragment(target));
  log.pass(
    'redirect.follow',
    `Redirect ${state.redirectCount} of at most ${maxRedirects}: following ${status} to ${target.href}.`,
    specLink.redirectFetch,
    exchange,
  );
  return null;
}

function redirectRewrite(state: FetchState, status: number, exchange: number): void {
  const request = state.request;
  const rewrite =
    ((status === 301 || status === 302) && request.method === 'POST') ||
    (status === 303 && request.method !== 'GET' && request.method !== 'HEAD');
  if (!rewrite) return;
  state.log.pass(
    'redirect.method',
    `A ${status} redirect turns ${request.method} into GET and drops the body and its Content-* headers.`,
    specLink.redirectFetch,
    exchange,
  );
  request.method = 'GET';
  request.body = null;
  request.headers = request.headers.filter(([name]) => !bodyHeaders.has(name));
}

function redirectTaint(state: FetchState, current: ParsedUrl, target: ParsedUrl, exchange: number): void {
  const request = state.request;
  if (current.origin !== target.origin) {
    // Authorization is a CORS non-wildcard request-header: never carried to another origin.
    const before = request.headers.length;
    request.headers = request.headers.filter(([name]) => name !== 'authorization');
    if (request.headers.length !== before) {
      state.log.warn(
        'redirect.authorization',
        'The Authorization header is removed on a cross-origin redirect.',
        specLink.redirectFetch,
        exchange,
      );
    }
  }
  if (!state.tainted && current.origin !== target.origin && request.origin !== current.origin) {
    state.tainted = true;
    state.log.warn(
      'redirect.taint',
      `A cross-origin server redirected to yet another origin, so the request's Origin becomes "null" (it was ${fetchStateOrigin({ ...state, tainted: false })}).`,
      specLink.taintedOrigin,
      exchange,
    );
  }
}
