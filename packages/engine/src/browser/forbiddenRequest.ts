import type { BrowserName } from './fetchTypes.ts';

/** Methods fetch() refuses outright (byte-case-insensitive). */
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

/** https://fetch.spec.whatwg.org/#forbidden-request-header: the user agent owns these. */
const forbiddenNames = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

/**
 * Chromium still treats `User-Agent` as forbidden (crbug.com/571722) and owns the Private Network
 * Access request header; Firefox follows the standard, which dropped `User-Agent` from the list.
 */
const chromiumExtraNames = new Set(['user-agent', 'access-control-request-private-network']);

/** Headers that smuggle a method past intermediaries; forbidden when they name a forbidden method. */
const methodOverrideNames = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

export function forbiddenRequestMethod(method: string): boolean {
  return forbiddenMethods.has(method.toUpperCase());
}

/** Whether `fetch()` silently drops this author header (`name` lower-case). */
export function forbiddenRequestHeader(name: string, value: string, browser: BrowserName): boolean {
  if (forbiddenNames.has(name)) return true;
  if (name.startsWith('proxy-') || name.startsWith('sec-')) return true;
  if (browser === 'chromium' && chromiumExtraNames.has(name)) return true;
  if (methodOverrideNames.has(name)) {
    return value.split(',').some((item) => forbiddenRequestMethod(item.trim()));
  }
  return false;
}
