import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { httpTokenIs } from '../http/httpToken.ts';

/**
 * The CORS safelists: which methods and request headers a cross-origin request may use without a
 * preflight, and which response headers JavaScript may always read.
 */

/** https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte (control bytes are the point here). */
// eslint-disable-next-line no-control-regex
const unsafeByte = /[\x00-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/;
/** Bytes allowed in `Accept-Language` and `Content-Language` values. */
const languageValue = /^[0-9A-Za-z *,\-.;=]*$/;
const simpleRange = /^bytes=(\d+)-(\d*)$/;
const safelistedContentTypes = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);
const responseSafelist = new Set([
  'cache-control',
  'content-language',
  'content-length',
  'content-type',
  'expires',
  'last-modified',
  'pragma',
]);
const noCorsNames = new Set(['accept', 'accept-language', 'content-language', 'content-type']);
/** Chromium safelists a few client-hint request headers (services/network/public/cpp/cors/cors.cc). */
const chromiumDouble = new Set(['device-memory', 'dpr', 'downlink']);
const chromiumInt = new Set(['width', 'viewport-width', 'rtt']);
const chromiumEct = new Set(['slow-2g', '2g', '3g', '4g']);
/** Total bytes of safelisted values above which all of them need a preflight. */
const safelistTotalMax = 1024;

/** GET, HEAD and POST (after normalization, so case-sensitive). */
export function corsSafelistMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'POST';
}

function contentTypeSafelisted(value: string): boolean {
  if (unsafeByte.test(value)) return false;
  const essence = (value.split(';')[0] ?? '').trim().toLowerCase();
  const [type, subtype, extra] = essence.split('/');
  if (extra !== undefined || !type || !subtype || !httpTokenIs(type) || !httpTokenIs(subtype)) return false;
  return safelistedContentTypes.has(essence);
}

function rangeSafelisted(value: string): boolean {
  const match = simpleRange.exec(value);
  if (!match) return false;
  if (match[2] === '') return true;
  return Number(match[1]) <= Number(match[2]);
}

function chromiumHintSafelisted(name: string, value: string): boolean | null {
  if (name === 'intervention') return true;
  if (chromiumDouble.has(name)) return /^\d+(\.\d+)?$/.test(value);
  if (chromiumInt.has(name)) return /^\d+$/.test(value);
  if (name === 'ect') return chromiumEct.has(value);
  if (name === 'save-data') return value.toLowerCase() === 'on';
  return null;
}

/**
 * https://fetch.spec.whatwg.org/#cors-safelisted-request-header for one header (`name` lower-case),
 * including the 128-byte value limit.
 */
export function corsSafelistRequestHeader(name: string, value: string, browser: BrowserName): boolean {
  if (value.length > 128) return false;
  switch (name) {
    case 'accept':
      return !unsafeByte.test(value);
    case 'accept-language':
    case 'content-language':
      return languageValue.test(value);
    case 'content-type':
      return contentTypeSafelisted(value);
    case 'range':
      return rangeSafelisted(value);
  }
  if (browser === 'chromium') return chromiumHintSafelisted(name, value) ?? false;
  return false;
}

/** https://fetch.spec.whatwg.org/#no-cors-safelisted-request-header */
export function corsSafelistNoCors(name: string, value: string, browser: BrowserName): boolean {
  return noCorsNames.has(name) && corsSafelistRequestHeader(name, value, browser);
}

/**
 * https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names, in request order (Chromium
 * reports the first one a preflight does not allow in this order). Names are lower-case, unique.
 */
export function corsSafelistUnsafeNames(headers: HeaderList, browser: BrowserName): string[] {
  const unsafe: string[] = [];
  const safe: string[] = [];
  let safeBytes = 0;
  for (const [name, value] of headers) {
    if (corsSafelistRequestHeader(name, value, browser)) {
      safe.push(name);
      safeBytes += value.length;
    } else if (!unsafe.includes(name)) {
      unsafe.push(name);
    }
  }
  if (safeBytes > safelistTotalMax) {
    for (const name of safe) if (!unsafe.includes(name)) unsafe.push(name);
  }
  return unsafe;
}

/** https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name (`name` lower-case). */
export function corsSafelistResponseHeader(name: string): boolean {
  return responseSafelist.has(name);
}
