import { corsSafelistResponseHeader } from './corsSafelist.ts';
import type { JsResponse } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { headerValueSplit, headerValueTrim } from '../http/headerValue.ts';
import { httpTokenIs } from '../http/httpToken.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';

/** Never readable from script, whatever the response type. */
const forbiddenResponseNames = new Set(['set-cookie', 'set-cookie2']);

/** Headers as `Headers` exposes them: lower-case names, sorted, repeated lines joined with `, `. */
function responseFilterAll(headers: HeaderList, keep: (name: string) => boolean): Record<string, string> {
  const combined = new Map<string, string>();
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (forbiddenResponseNames.has(lower) || !keep(lower)) continue;
    const trimmed = headerValueTrim(value);
    const before = combined.get(lower);
    combined.set(lower, before === undefined ? trimmed : `${before}, ${trimmed}`);
  }
  const result: Record<string, string> = {};
  for (const name of [...combined.keys()].sort()) result[name] = combined.get(name) ?? '';
  return result;
}

/** The response JavaScript gets, with the trace step explaining which headers it can read. */
export function responseFilter(
  type: JsResponse['type'],
  status: number,
  headers: HeaderList,
  url: string,
  redirected: boolean,
  include: boolean,
  log: StepLog,
  exchange: number,
): JsResponse {
  if (type === 'opaque' || type === 'opaqueredirect') {
    log.pass(
      'response.type',
      type === 'opaque'
        ? 'In no-cors mode a cross-origin response is opaque: status 0, no headers, no body for JavaScript.'
        : "With redirect: 'manual' the redirect is returned as an opaque-redirect response: status 0, no headers.",
      type === 'opaque' ? specLink.opaqueResponse : specLink.opaqueRedirect,
      exchange,
    );
    return { type, status: 0, headers: {}, redirected: false, url: type === 'opaque' ? '' : url };
  }
  if (type === 'basic') {
    log.pass(
      'response.type',
      'A same-origin response is basic: JavaScript reads every header except Set-Cookie.',
      specLink.basicResponse,
      exchange,
    );
    return { type, status, headers: responseFilterAll(headers, () => true), redirected, url };
  }
  const exposed = responseFilterExposed(headers, log, exchange);
  const wildcard = !include && exposed.includes('*');
  const readable = responseFilterAll(
    headers,
    (name) => corsSafelistResponseHeader(name) || wildcard || exposed.includes(name),
  );
  const hidden = responseFilterAll(headers, (name) => !(name in readable));
  const hiddenNames = Object.keys(hidden);
  log.pass(
    'response.expose',
    hiddenNames.length === 0
      ? 'JavaScript can read every header of this CORS response.'
      : `JavaScript can read only CORS-safelisted and exposed headers; hidden: ${hiddenNames.join(', ')}${
          include && exposed.includes('*')
            ? ' (* in Access-Control-Expose-Headers is no wildcard with credentials)'
            : ''
        }.`,
    specLink.exposedHeaders,
    exchange,
  );
  return { type, status, headers: readable, redirected, url };
}

/**
 * The names Access-Control-Expose-Headers exposes (lower-case). One element that is not a header name
 * (a quote, a space inside, a control byte) makes both browsers ignore the whole header, valid names
 * included, as the standard's "extract header list values" failing does; empty elements are skipped.
 */
function responseFilterExposed(headers: HeaderList, log: StepLog, exchange: number): string[] {
  const items = headerValueSplit(headerListGet(headers, 'access-control-expose-headers'));
  const invalid = items.find((item) => !httpTokenIs(item));
  if (invalid === undefined) return items.map((name) => name.toLowerCase());
  const valid = items.filter(httpTokenIs);
  log.warn(
    'response.expose-syntax',
    `Access-Control-Expose-Headers contains ${JSON.stringify(invalid)}, which is not a header name, so the browser ignores the whole header${
      valid.length > 0 ? `: ${valid.join(', ')} ${valid.length === 1 ? 'is' : 'are'} not exposed either` : ''
    }.`,
    specLink.exposedHeaders,
    exchange,
  );
  return [];
}
