import { corsCheck } from './corsCheck.ts';
import { type CorsProblem, corsProblem } from './corsProblem.ts';
import type { BrowserName } from './fetchTypes.ts';
import type { ServerResponse } from './../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { headerValueSplit } from '../http/headerValue.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';
import { httpTokenIs } from '../http/httpToken.ts';
import { webkitHeaderMapOrder } from './webkitHeaderMap.ts';

/** What the actual request needs the preflight to allow. */
export interface PreflightNeeds {
  method: string;
  /** CORS-unsafe header names (lower-case, request order). */
  headers: string[];
  include: boolean;
  origin: string;
}

/** A successful preflight's grant, in the shape the preflight cache stores. */
export interface PreflightGrant {
  methods: string[];
  headers: string[];
  /** Seconds to cache (already defaulted and capped); 0 means do not cache. */
  maxAge: number;
}

const chromiumMaxAge = 7200;
const firefoxMaxAge = 86400;
const webkitMaxAge = 600;
const defaultMaxAge = 5;

/**
 * `Access-Control-Max-Age` as each browser reads it. Chromium: invalid → 5 s, negative → 0, cap
 * 2 h (preflight_result.cc). Firefox: any non-digit → not cached, cap 24 h (nsCORSListenerProxy.cpp).
 * WebKit reads it as Chromium does but caps it at 10 min (CrossOriginPreflightResultCache.cpp; a negative
 * value not caching, as the conformance suite observed).
 */
export function preflightResultMaxAge(value: string | null, browser: BrowserName): number {
  if (value === null || (browser === 'firefox' && value === '')) return defaultMaxAge;
  if (browser === 'firefox') return /^\d+$/.test(value) ? Math.min(Number(value), firefoxMaxAge) : 0;
  if (!/^[+-]?\d+$/.test(value)) return defaultMaxAge;
  const seconds = Number(value);
  return seconds < 0 ? 0 : Math.min(seconds, browser === 'webkit' ? webkitMaxAge : chromiumMaxAge);
}

/**
 * Whether the list allows the header. The standard says `*` never covers `Authorization`, but both
 * Chromium 156 and Firefox ESR 153 still let it (observed by the conformance suite; Firefox behind
 * `network.cors_preflight.authorization_covered_by_wildcard`, with a console deprecation warning).
 */
function headerAllowed(name: string, allowed: string[], wildcard: boolean): boolean {
  return wildcard || allowed.includes(name);
}

function methodAllowed(method: string, allowed: string[], include: boolean): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'POST') return true;
  return allowed.includes(method) || (!include && allowed.includes('*'));
}

/**
 * Checks a CORS-preflight response (https://fetch.spec.whatwg.org/#cors-preflight-fetch) in the
 * order `browser` does, logging a step per check. Returns the problem, or the grant to cache.
 */
export function preflightResultCheck(
  response: ServerResponse,
  needs: PreflightNeeds,
  browser: BrowserName,
  log: StepLog,
  exchange: number,
): CorsProblem | PreflightGrant {
  // WebKit checks the status before the origin; the others check the origin first.
  if (browser === 'webkit') {
    const status = preflightStatus(response, log, exchange);
    if (status) return status;
  }
  const access = corsCheck(response.headers, needs.origin, needs.include, browser, log, exchange, true);
  if (access) return access;
  if (browser !== 'webkit') {
    const status = preflightStatus(response, log, exchange);
    if (status) return status;
  }
  const methods = headerValueSplit(headerListGet(response.headers, 'access-control-allow-methods'));
  const rawHeaders = headerValueSplit(headerListGet(response.headers, 'access-control-allow-headers'));
  const allowedHeaders = rawHeaders.map((item) => item.toLowerCase());
  // Chromium and WebKit parse both lists before checking either; Firefox checks methods fully first.
  const problem =
    browser !== 'firefox'
      ? (listSyntax(methods, 'methods', log, exchange) ??
        listSyntax(rawHeaders, 'headers', log, exchange) ??
        methodGrant(needs, methods, log, exchange) ??
        headerGrant(needs, allowedHeaders, browser, log, exchange))
      : (listSyntax(methods, 'methods', log, exchange) ??
        methodGrant(needs, methods, log, exchange) ??
        listSyntax(rawHeaders, 'headers', log, exchange) ??
        headerGrant(needs, allowedHeaders, browser, log, exchange));
  if (problem) return problem;
  const maxAge = preflightResultMaxAge(headerListGet(response.headers, 'access-control-max-age'), browser);
  return { methods, headers: browser === 'firefox' ? rawHeaders : allowedHeaders, maxAge };
}

/** The preflight must have an ok status (https://fetch.spec.whatwg.org/#ok-status). */
function preflightStatus(response: ServerResponse, log: StepLog, exchange: number): CorsProblem | null {
  if (response.status < 200 || response.status > 299) {
    log.fail(
      'preflight.status',
      `The preflight response status ${response.status} is not an ok status (200-299).`,
      specLink.okStatus,
      exchange,
    );
    return corsProblem('preflight-status', String(response.status), true);
  }
  log.pass(
    'preflight.status',
    `The preflight response status ${response.status} is an ok status.`,
    specLink.okStatus,
    exchange,
  );
  return null;
}

/** Both lists must be comma-separated tokens (https://fetch.spec.whatwg.org/#http-new-header-syntax). */
function listSyntax(
  items: string[],
  which: 'methods' | 'headers',
  log: StepLog,
  exchange: number,
): CorsProblem | null {
  for (const item of items) {
    if (httpTokenIs(item)) continue;
    const header = which === 'methods' ? 'Access-Control-Allow-Methods' : 'Access-Control-Allow-Headers';
    const what = which === 'methods' ? 'a method token' : 'a header-name token';
    // JSON quoting shows a control byte (\u000b for a vertical tab) that plain quotes would hide.
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x1f\x7f]/.test(item) ? ' (a control byte is not white space in HTTP)' : '';
    log.fail(
      `preflight.allow-${which}`,
      `${header} contains ${JSON.stringify(item)}, which is not ${what}${control}: browsers then reject the whole header, valid elements too, and the preflight fails.`,
      specLink.headerSyntax,
      exchange,
    );
    return corsProblem(which === 'methods' ? 'invalid-allow-methods' : 'invalid-allow-headers', item, true);
  }
  return null;
}

function methodGrant(
  needs: PreflightNeeds,
  methods: string[],
  log: StepLog,
  exchange: number,
): CorsProblem | null {
  if (methodAllowed(needs.method, methods, needs.include)) {
    log.pass('preflight.method', methodReason(needs.method, methods), specLink.preflightFetch, exchange);
    return null;
  }
  log.fail(
    'preflight.method',
    needs.include && methods.includes('*')
      ? `${needs.method} is not listed in Access-Control-Allow-Methods, and * is not a wildcard when credentials are included.`
      : `${needs.method} is not listed in Access-Control-Allow-Methods (${methods.join(', ') || 'absent'}); methods match case-sensitively.`,
    specLink.preflightFetch,
    exchange,
  );
  return corsProblem('method-not-allowed', needs.method, true);
}

function headerGrant(
  needs: PreflightNeeds,
  allowed: string[],
  browser: BrowserName,
  log: StepLog,
  exchange: number,
): CorsProblem | null {
  const wildcard = !needs.include && allowed.includes('*');
  // Firefox checks the names sorted (as sent in ACRH); Chromium in request order; WebKit in its header map's.
  const names = {
    chromium: needs.headers,
    firefox: [...needs.headers].sort(),
    webkit: webkitHeaderMapOrder(needs.headers),
  }[browser];
  for (const name of names) {
    if (headerAllowed(name, allowed, wildcard)) continue;
    const why =
      needs.include && allowed.includes('*')
        ? `"${name}" is not listed in Access-Control-Allow-Headers, and * is not a wildcard when credentials are included.`
        : `The request header "${name}" is not listed in Access-Control-Allow-Headers.`;
    log.fail(
      'preflight.headers',
      why,
      name === 'authorization' ? specLink.nonWildcardHeader : specLink.preflightFetch,
      exchange,
    );
    return corsProblem('header-not-allowed', name, true);
  }
  if (wildcard && needs.headers.includes('authorization') && !allowed.includes('authorization')) {
    log.warn(
      'preflight.authorization-wildcard',
      'Authorization passes only because browsers still let * cover it; the standard says it must be listed explicitly, and Firefox warns that this will stop working.',
      specLink.nonWildcardHeader,
      exchange,
    );
  }
  if (needs.headers.length > 0) {
    log.pass(
      'preflight.headers',
      `Access-Control-Allow-Headers allows ${needs.headers.join(', ')}.`,
      specLink.preflightFetch,
      exchange,
    );
  }
  return null;
}

function methodReason(method: string, methods: string[]): string {
  if (method === 'GET' || method === 'HEAD' || method === 'POST') {
    return `${method} is a CORS-safelisted method, allowed whatever Access-Control-Allow-Methods says.`;
  }
  return methods.includes(method)
    ? `Access-Control-Allow-Methods lists ${method}.`
    : `Access-Control-Allow-Methods is *, which allows ${method} for a request without credentials.`;
}

/** Type guard: a preflight check's result is a problem rather than a grant. */
export function preflightResultIsProblem(result: CorsProblem | PreflightGrant): result is CorsProblem {
  return 'code' in result;
}
