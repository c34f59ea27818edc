import { corsSafelistMethod } from './corsSafelist.ts';
import type {
  BrowserName,
  FetchRequest,
  RequestCacheMode,
  RequestCredentials,
  RequestMode,
  RequestRedirect,
} from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { forbiddenRequestMethod } from './forbiddenRequest.ts';
import { requestHeadersPrepare } from './requestHeaders.ts';
import { requestRejection, type RequestRejection } from './requestRejection.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';
import { type ParsedUrl, urlHasCredentials, urlParse } from '../http/urlParse.ts';
import { httpTokenIs } from '../http/httpToken.ts';

/** A request after the `Request` constructor ran: normalized, validated, headers filtered. */
export interface PreparedRequest {
  url: ParsedUrl;
  method: string;
  /** Lower-case names, one entry per name (repeated appends are combined with `, `). */
  headers: HeaderList;
  body: string | null;
  mode: RequestMode;
  credentials: RequestCredentials;
  redirect: RequestRedirect;
  cache: RequestCacheMode;
  /** The page's serialized origin (`null` for an opaque origin). */
  origin: string;
}

/** Methods the standard upper-cases; any other method (e.g. `patch`) keeps its case. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
/** WebKit gives one message for an unparsable URL and for one with credentials. */
const webkitBadUrl = 'URL is not valid or contains user credentials.';

function pageOriginParse(pageOrigin: string): string | null {
  if (pageOrigin === 'null') return 'null';
  const parsed = urlParse(pageOrigin);
  return parsed ? parsed.origin : null;
}

/** https://fetch.spec.whatwg.org/#concept-method-normalize */
export function requestPrepareMethod(method: string): string {
  const upper = method.toUpperCase();
  return normalizedMethods.has(upper) ? upper : method;
}

/**
 * Runs the `Request` constructor's checks (https://fetch.spec.whatwg.org/#dom-request) and the
 * `Headers` guard: returns the request as it will be fetched, or the TypeError fetch() rejects with.
 */
export function requestPrepare(
  input: FetchRequest,
  browser: BrowserName,
  log: StepLog,
): PreparedRequest | RequestRejection {
  const origin = pageOriginParse(input.pageOrigin);
  if (origin === null) {
    log.fail(
      'request.origin',
      `The page origin "${input.pageOrigin}" is not an origin.`,
      specLink.originHeader,
    );
    return requestRejection('Invalid page origin', 'Invalid page origin', 'Invalid page origin');
  }
  const url = urlParse(input.url);
  if (!url) {
    log.fail(
      'request.url',
      `"${input.url}" is not an absolute URL, so the Request constructor throws.`,
      specLink.requestConstructor,
    );
    return requestRejection(
      `Failed to parse URL from ${input.url}`,
      `${input.url} is not a valid URL.`,
      webkitBadUrl,
    );
  }
  if (urlHasCredentials(url)) {
    log.fail(
      'request.url',
      'The URL contains a username or password, which fetch() refuses.',
      specLink.requestConstructor,
    );
    return requestRejection(
      `Request cannot be constructed from a URL that includes credentials: ${input.url}`,
      `${input.url} is an url with embedded credentials.`,
      webkitBadUrl,
    );
  }
  const mode = input.mode ?? 'cors';
  const cache = input.cache ?? 'default';
  if (cache === 'only-if-cached' && mode !== 'same-origin') {
    log.fail(
      'request.cache',
      "cache: 'only-if-cached' is only allowed with mode: 'same-origin'.",
      specLink.requestConstructor,
    );
    return requestRejection(
      "'only-if-cached' can be set only with 'same-origin' mode",
      `Request mode '${mode}' was used, but request cache mode 'only-if-cached' can only be used with request mode 'same-origin'.`,
      'only-if-cached cache option requires fetch mode to be same-origin.',
    );
  }
  const rawMethod = input.method ?? 'GET';
  if (!httpTokenIs(rawMethod)) {
    log.fail(
      'request.method',
      `"${rawMethod}" is not a valid HTTP method token.`,
      specLink.requestConstructor,
    );
    return requestRejection(
      `'${rawMethod}' is not a valid HTTP method.`,
      `Invalid request method ${rawMethod}.`,
      'Method is not a valid HTTP token.',
    );
  }
  if (forbiddenRequestMethod(rawMethod)) {
    log.fail(
      'request.method',
      `${rawMethod} is a forbidden method: fetch() refuses to send it.`,
      specLink.forbiddenMethod,
    );
    return requestRejection(
      `'${rawMethod}' HTTP method is unsupported.`,
      `Invalid request method ${rawMethod}.`,
      'Method is forbidden.',
    );
  }
  const method = requestPrepareMethod(rawMethod);
  if (method !== rawMethod) {
    log.pass(
      'request.method',
      `The method "${rawMethod}" is normalized to ${method}.`,
      specLink.methodNormalize,
    );
  } else if (method !== method.toUpperCase()) {
    log.warn(
      'request.method',
      `"${method}" is not one of the methods fetch() upper-cases, so it is sent as written and must match Access-Control-Allow-Methods case-sensitively.`,
      specLink.methodNormalize,
    );
  }
  if (mode === 'no-cors' && !corsSafelistMethod(method)) {
    log.fail(
      'request.mode',
      `Only GET, HEAD and POST are allowed in no-cors mode, not ${method}.`,
      specLink.requestConstructor,
    );
    return requestRejection(
      `'${method}' is unsupported in no-cors mode.`,
      `Invalid request method ${method}.`,
      'Method must be GET, POST or HEAD in no-cors mode.',
    );
  }
  const headers = requestHeadersPrepare(input.headers ?? [], mode, browser, log);
  if (!Array.isArray(headers)) return headers;
  const body = input.body ?? null;
  if (body !== null && (method === 'GET' || method === 'HEAD')) {
    log.fail('request.body', `A ${method} request cannot have a body.`, specLink.requestConstructor);
    return requestRejection(
      'Request with GET/HEAD method cannot have body.',
      'HEAD or GET Request cannot have a body.',
      `Request has method '${method}' and cannot have a body`,
    );
  }
  if (body !== null && headerListGet(headers, 'content-type') === null) {
    headers.push(['content-type', 'text/plain;charset=UTF-8']);
    log.pass(
      'request.content-type',
      'A string body implies Content-Type: text/plain;charset=UTF-8, which is CORS-safelisted.',
      specLink.corsSafelistedRequestHeader,
    );
  }
  return {
    url,
    method,
    headers,
    body,
    mode,
    credentials: input.credentials ?? 'same-origin',
    redirect: input.redirect ?? 'follow',
    cache,
    origin,
  };
}
