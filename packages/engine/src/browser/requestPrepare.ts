import { corsSafelistMethod, corsSafelistNoCors } from './corsSafelist.ts';
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
import { forbiddenRequestHeader, forbiddenRequestMethod } from './forbiddenRequest.ts';
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

/** `fetch()` threw synchronously: the TypeError each browser gives. */
export interface RequestRejection {
  messages: Record<BrowserName, string>;
}

const edgeWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;
// NUL, CR and LF are exactly what a header value may not contain.
const invalidValue = /[\0\r\n]/;
// A ByteString holds code points up to U+00FF only.
// eslint-disable-next-line no-control-regex
const notByteString = /[^\x00-\xff]/;
/** Methods the standard upper-cases; any other method (e.g. `patch`) keeps its case. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const chromiumPrefix = "Failed to execute 'fetch' on 'Window': ";
const firefoxPrefix = 'Window.fetch: ';
/** WebKit gives one message for an unparsable URL and for one with credentials. */
const webkitBadUrl = 'URL is not valid or contains user credentials.';

/** WebKit's messages carry no prefix. */
function reject(chromium: string, firefox: string, webkit: string): RequestRejection {
  return { messages: { chromium: chromiumPrefix + chromium, firefox: firefoxPrefix + firefox, webkit } };
}

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
    return reject('Invalid page origin', 'Invalid page origin', 'Invalid page origin');
  }
  const url = urlParse(input.url);
  if (!url) {
    log.fail(
      'request.url',
      `"${input.url}" is not an absolute URL, so the Request constructor throws.`,
      specLink.requestConstructor,
    );
    return reject(`Failed to parse URL from ${input.url}`, `${input.url} is not a valid URL.`, webkitBadUrl);
  }
  if (urlHasCredentials(url)) {
    log.fail(
      'request.url',
      'The URL contains a username or password, which fetch() refuses.',
      specLink.requestConstructor,
    );
    return reject(
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
    return reject(
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
    return reject(
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
    return reject(
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
    return reject(
      `'${method}' is unsupported in no-cors mode.`,
      `Invalid request method ${method}.`,
      'Method must be GET, POST or HEAD in no-cors mode.',
    );
  }
  const headers: HeaderList = [];
  for (const [rawName, rawValue] of input.headers ?? []) {
    const value = rawValue.replace(edgeWhitespace, '');
    if (notByteString.test(rawName) || notByteString.test(value)) {
      log.fail(
        'request.header',
        `Header "${rawName}" contains a character above U+00FF.`,
        specLink.headersAppend,
      );
      return reject(
        "Failed to read the 'headers' property from 'RequestInit': String contains non ISO-8859-1 code point.",
        `${rawName} is an invalid header name.`,
        // WebKit's binding layer throws a bare TypeError for a non-Latin-1 string.
        'Type error',
      );
    }
    if (!httpTokenIs(rawName)) {
      log.fail('request.header', `"${rawName}" is not a valid header name.`, specLink.headersAppend);
      return reject(
        'Invalid name',
        `${rawName} is an invalid header name.`,
        `Invalid header name: '${rawName}'`,
      );
    }
    if (invalidValue.test(value)) {
      log.fail('request.header', `The value of "${rawName}" contains NUL, CR or LF.`, specLink.headerValue);
      return reject(
        'Invalid value',
        `${value} is an invalid header value.`,
        `Header '${rawName}' has invalid value: '${value}'`,
      );
    }
    const name = rawName.toLowerCase();
    if (forbiddenRequestHeader(name, value, browser)) {
      log.warn(
        'request.forbidden-header',
        `"${name}" is a forbidden request header: the browser silently drops it.`,
        specLink.forbiddenRequestHeader,
      );
      continue;
    }
    const existing = headers.find((entry) => entry[0] === name);
    const combined = existing ? `${existing[1]}, ${value}` : value;
    if (mode === 'no-cors' && !corsSafelistNoCors(name, combined, browser)) {
      log.warn(
        'request.no-cors-header',
        `"${name}: ${value}" is not a no-CORS-safelisted header, so no-cors mode silently drops it.`,
        specLink.noCorsSafelisted,
      );
      continue;
    }
    if (existing) existing[1] = combined;
    else headers.push([name, value]);
  }
  const body = input.body ?? null;
  if (body !== null && (method === 'GET' || method === 'HEAD')) {
    log.fail('request.body', `A ${method} request cannot have a body.`, specLink.requestConstructor);
    return reject(
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
