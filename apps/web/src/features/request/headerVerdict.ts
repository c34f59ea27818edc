import type { BrowserName } from '@cors-playground/engine';
import { corsSafelistRequestHeader, forbiddenRequestHeader, httpTokenIs } from '@cors-playground/engine';

/** What the browser will do with one author request header on a cross-origin `cors` request. */
export interface HeaderVerdict {
  kind: 'safelisted' | 'preflight' | 'forbidden' | 'invalid';
  /** One sentence a learner can act on. */
  why: string;
}

/**
 * Classifies a header with the engine's own safelist and forbidden-header rules, so the badge and the
 * simulated trace can never disagree. (The 1024-byte total of safelisted values is a per-request rule
 * the trace reports; a single badge cannot.)
 */
export function headerVerdict(name: string, value: string, browser: BrowserName): HeaderVerdict {
  const lower = name.trim().toLowerCase();
  if (!httpTokenIs(lower)) {
    return {
      kind: 'invalid',
      why: 'Not a valid header name: fetch() throws a TypeError before sending anything.',
    };
  }
  if (/[\0\r\n]/.test(value)) {
    return { kind: 'invalid', why: 'A value with CR, LF or NUL makes fetch() throw a TypeError.' };
  }
  if (forbiddenRequestHeader(lower, value, browser)) {
    return {
      kind: 'forbidden',
      why: `${lower} is a forbidden request header: the browser owns it and silently drops yours.`,
    };
  }
  if (corsSafelistRequestHeader(lower, value, browser)) {
    return {
      kind: 'safelisted',
      why: `CORS-safelisted with this value: it does not need a preflight.`,
    };
  }
  return { kind: 'preflight', why: headerVerdictPreflightWhy(lower, value) };
}

function headerVerdictPreflightWhy(name: string, value: string): string {
  if (
    value.length > 128 &&
    ['accept', 'accept-language', 'content-language', 'content-type'].includes(name)
  ) {
    return 'Safelisted name, but values over 128 bytes need a preflight.';
  }
  if (name === 'content-type') {
    return 'Only text/plain, multipart/form-data and application/x-www-form-urlencoded are safelisted: this value needs a preflight.';
  }
  if (['accept', 'accept-language', 'content-language', 'range'].includes(name)) {
    return 'Safelisted name, but this value has bytes the safelist refuses: it needs a preflight.';
  }
  return `${name} is not CORS-safelisted: the browser asks the server first (Access-Control-Request-Headers: ${name}).`;
}
