import { type CorsProblem, corsProblem } from './corsProblem.ts';
import type { BrowserName, JsResponse } from './fetchTypes.ts';
import { httpTokenIs } from '../http/httpToken.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';
import { type ParsedUrl, urlWithoutFragment } from '../http/urlParse.ts';

/** A fetch of a non-HTTP URL: a response made by the browser itself, or why there is none. */
export type SchemeFetchResult = { response: JsResponse } | { problem: CorsProblem };

const asciiWhitespace = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** The MIME type of a data: URL as the browser serializes it; the default when it does not parse. */
function schemeFetchMime(raw: string): string {
  const mime = raw.startsWith(';') ? `text/plain${raw}` : raw;
  const [essence = '', ...parameters] = mime.split(';');
  const [type = '', subtype = '', extra] = essence.trim().split('/');
  if (extra !== undefined || !httpTokenIs(type) || !httpTokenIs(subtype.trim())) {
    return 'text/plain;charset=US-ASCII';
  }
  const params = parameters.map((p) => p.trim()).filter(Boolean);
  return [`${type}/${subtype.trim()}`.toLowerCase(), ...params].join(';');
}

/**
 * https://fetch.spec.whatwg.org/#data-url-processor, far enough to know what JavaScript reads: the
 * MIME type and the body's length in bytes. Null when the URL has no comma (a network error).
 */
function schemeFetchData(url: ParsedUrl): { mimeType: string; length: number } | null {
  const input = urlWithoutFragment(url).slice('data:'.length);
  const comma = input.indexOf(',');
  if (comma < 0) return null;
  let mime = input.slice(0, comma).replace(asciiWhitespace, '');
  const body = input.slice(comma + 1);
  // The URL parser has percent-encoded everything else, so every other character is one byte.
  let length = body.length - 2 * (body.match(/%[0-9A-Fa-f]{2}/g)?.length ?? 0);
  const base64 = /;[ ]*base64$/i;
  if (base64.test(mime)) {
    mime = mime.replace(base64, '');
    const digits = body
      .replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .replace(/[\t\n\f\r ]/g, '')
      .replace(/=+$/, '');
    length = Math.floor((digits.length * 3) / 4);
  }
  return { mimeType: schemeFetchMime(mime), length };
}

/**
 * https://fetch.spec.whatwg.org/#scheme-fetch for the first URL of a fetch when it is not http(s):
 * data: is answered by the browser itself; blob: URLs live only in the page that made them, so none
 * exists here; file: is refused to a web page; anything else (about:, javascript:, ftp:, ws:) is not
 * fetchable at all. Nothing reaches a server in any case.
 */
export function schemeFetch(url: ParsedUrl, browser: BrowserName, log: StepLog): SchemeFetchResult {
  if (url.protocol === 'data:') {
    const data = schemeFetchData(url);
    if (data === null) {
      log.fail(
        'request.scheme',
        'A data: URL needs a comma before its body; this one has none.',
        specLink.dataUrl,
      );
      return { problem: corsProblem('invalid-response', 'ERR_INVALID_URL') };
    }
    log.pass(
      'request.scheme',
      'A data: URL is decoded by the browser itself: nothing reaches a server, and the response is basic (every header readable), whatever the mode.',
      specLink.dataUrl,
    );
    const headers: Record<string, string> =
      browser === 'firefox'
        ? { 'content-length': String(data.length), 'content-type': data.mimeType }
        : { 'content-type': data.mimeType };
    return {
      response: { type: 'basic', status: 200, headers, redirected: false, url: urlWithoutFragment(url) },
    };
  }
  const reason =
    url.protocol === 'blob:'
      ? 'A blob: URL exists only in the page that made it with URL.createObjectURL; this one is unknown here, so the fetch fails with a network error.'
      : url.protocol === 'file:'
        ? 'A web page may not load file: URLs: the browser refuses before anything is read.'
        : `fetch() cannot load ${url.protocol} URLs (only http:, https:, data: and blob:), so it fails before anything is sent.`;
  log.fail('request.scheme', reason, specLink.schemeFetch);
  return { problem: corsProblem('scheme-not-supported', url.protocol) };
}
