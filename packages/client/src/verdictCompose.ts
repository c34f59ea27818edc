import { headerListGet, type Trace, type TraceFailure } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { JsView } from './jsView.ts';

/** `ok`: the script read a 2xx/3xx; `warn`: it resolved but is not what the page wanted; `bad`: blocked. */
export type VerdictTone = 'ok' | 'warn' | 'bad';

/** The answer to "what happened and why", in the words a newcomer uses; the trace keeps the spec's. */
export interface Verdict {
  tone: VerdictTone;
  /** One short line: what the page's script got. */
  headline: string;
  /** The check that failed (or the reason for a warning), in plain words; null when all is well. */
  cause: string | null;
  /** The response header behind the cause exactly as the server sent it (or says it sent none). */
  serverSent: string | null;
  /** Traps worth a sentence: a cookie that was not sent, a Set-Cookie the browser ignored. */
  notes: string[];
}

export interface VerdictInput {
  trace: Trace;
  js: JsView;
  /** What the lab API received for this send (may still be arriving). */
  events: readonly LabEvent[];
  /** Where the page's script runs, e.g. `http://localhost:5173`. */
  pageOrigin: string;
}

/** The response header a failed check reads, per failure code (none for checks on status or request). */
export function verdictFailureHeader(code: TraceFailure['code']): string | null {
  if (
    code.endsWith('allow-origin') ||
    code === 'allow-origin-mismatch' ||
    code === 'wildcard-origin-with-credentials'
  )
    return 'Access-Control-Allow-Origin';
  if (code === 'invalid-allow-credentials') return 'Access-Control-Allow-Credentials';
  if (code === 'method-not-allowed' || code === 'invalid-allow-methods')
    return 'Access-Control-Allow-Methods';
  if (code === 'header-not-allowed' || code === 'invalid-allow-headers')
    return 'Access-Control-Allow-Headers';
  return null;
}

function verdictSentHeader(trace: Trace, failure: TraceFailure, name: string): string {
  const exchange = failure.exchange === null ? undefined : trace.exchanges[failure.exchange];
  const value = exchange ? headerListGet(exchange.response.headers, name) : null;
  return value === null ? `no ${name} header` : `${name}: ${value}`;
}

/** Why a blocked fetch failed, and the header that shows it, per failure code. */
function verdictCause(trace: Trace, failure: TraceFailure, pageOrigin: string): [string, string | null] {
  const hint = failure.hint ?? '';
  const where = failure.preflight ? 'The preflight answer' : 'The response';
  const header = (name: string) => verdictSentHeader(trace, failure, name);
  switch (failure.code) {
    case 'missing-allow-origin':
      return [
        `${where} does not say which pages may read it (no Access-Control-Allow-Origin), so the browser keeps it from ${pageOrigin}.`,
        header('Access-Control-Allow-Origin'),
      ];
    case 'allow-origin-mismatch':
      return [
        `${where} allows another page: it names ${hint || 'a different origin'}, but this page is ${pageOrigin}.`,
        header('Access-Control-Allow-Origin'),
      ];
    case 'multiple-allow-origin':
    case 'invalid-allow-origin':
      return [
        `${where} has an Access-Control-Allow-Origin the browser cannot use: it must be exactly one origin or *.`,
        header('Access-Control-Allow-Origin'),
      ];
    case 'wildcard-origin-with-credentials':
      return [
        `The request carries cookies (credentials: 'include'), and then * is not enough: the server must name ${pageOrigin}.`,
        header('Access-Control-Allow-Origin'),
      ];
    case 'invalid-allow-credentials':
      return [
        `The request carries cookies (credentials: 'include'), so ${where.toLowerCase()} must also say Access-Control-Allow-Credentials: true.`,
        header('Access-Control-Allow-Credentials'),
      ];
    case 'preflight-status':
      return [
        `The preflight (the OPTIONS request the browser sends first to ask permission) got status ${hint || 'not 2xx'}; it needs a 2xx.`,
        null,
      ];
    case 'preflight-redirect':
      return [
        'The preflight was answered with a redirect; browsers never follow redirects for a preflight.',
        null,
      ];
    case 'method-not-allowed':
      return [`The preflight does not allow the method ${hint}.`, header('Access-Control-Allow-Methods')];
    case 'header-not-allowed':
      return [
        `The preflight does not allow the request header ${hint}.`,
        header('Access-Control-Allow-Headers'),
      ];
    case 'invalid-allow-methods':
      return [
        'The preflight answer lists methods in a form the browser cannot parse.',
        header('Access-Control-Allow-Methods'),
      ];
    case 'invalid-allow-headers':
      return [
        'The preflight answer lists headers in a form the browser cannot parse.',
        header('Access-Control-Allow-Headers'),
      ];
    case 'disallowed-by-mode':
      return ["mode: 'same-origin' forbids any request to another origin; nothing was sent.", null];
    case 'invalid-request':
      return [`fetch() refused the request before sending anything: ${trace.error ?? hint}.`, null];
    default: {
      const step = trace.steps.find((s) => !s.ok);
      return [step?.reason ?? 'The browser refused the response.', null];
    }
  }
}

function verdictApiOrigin(trace: Trace): string {
  try {
    return new URL(trace.request.url).origin;
  } catch {
    return trace.request.url;
  }
}

/** Cookie traps: the browser's cookie rules are silent, so say what it did with cookies here. */
function verdictCookieNotes(input: VerdictInput): string[] {
  const { trace, js, events, pageOrigin } = input;
  const apiOrigin = verdictApiOrigin(trace);
  const credentials = trace.request.credentials ?? 'same-origin';
  const crossOrigin = apiOrigin !== pageOrigin;
  const actual = events.filter((e) => e.kind === 'actual');
  const notes: string[] = [];
  const cookieArrived = actual.some((e) => headerListGet(e.requestHeaders, 'Cookie') !== null);
  const setCookie = actual.some((e) => headerListGet(e.responseHeaders, 'Set-Cookie') !== null);
  const refused = js.ok && js.status !== null && (js.status === 401 || js.status === 403);
  if (crossOrigin && credentials !== 'include') {
    if (refused && !cookieArrived) {
      notes.push(
        `No cookie was sent: with credentials: '${credentials}' the browser sends cookies only to ${pageOrigin}, and this request went to ${apiOrigin}. Use credentials: 'include' (and the server must allow credentials).`,
      );
    }
    if (setCookie) {
      notes.push(
        `The server sent Set-Cookie, but the browser ignored it: with credentials: '${credentials}' a response from another origin (${apiOrigin}) may not set cookies. Send with credentials: 'include'.`,
      );
    }
  } else if (credentials === 'include' && refused && actual.length > 0 && !cookieArrived) {
    notes.push(
      `No cookie arrived at the server: this browser holds none for ${apiOrigin} yet (log in first, with credentials: 'include').`,
    );
  }
  return notes;
}

/**
 * The verdict of one send in plain words: what the script got, the check that failed, the header the
 * server sent. A fetch that resolved with 4xx/5xx is a warning, not a success: CORS let the page read
 * the answer, but the answer is "no".
 */
export function verdictCompose(input: VerdictInput): Verdict {
  const { trace, js, pageOrigin } = input;
  const notes = verdictCookieNotes(input);
  if (!js.ok) {
    const failure = trace.ok ? null : (trace.failure ?? null);
    const [cause, serverSent] = failure
      ? verdictCause(trace, failure, pageOrigin)
      : [
          `The browser refused it, but not as the engine predicted: see the server's view and the console below. (${js.error ?? 'TypeError'})`,
          null,
        ];
    const blocked = failure === null || !['invalid-request', 'disallowed-by-mode'].includes(failure.code);
    return {
      tone: 'bad',
      headline: blocked
        ? 'Blocked: your script got a TypeError and cannot read the response'
        : 'Not sent: fetch() threw before any request left the browser',
      cause,
      serverSent,
      notes,
    };
  }
  if (js.type === 'opaque' || js.type === 'opaqueredirect') {
    return {
      tone: 'warn',
      headline: 'Sent, but unreadable: your script got an opaque response (status 0, no headers, no body)',
      cause:
        "mode: 'no-cors' (or redirect: 'manual') never fails on CORS, and never lets the script read anything.",
      serverSent: null,
      notes,
    };
  }
  const status = js.status ?? 0;
  if (status >= 400) {
    return {
      tone: 'warn',
      headline: `Readable, but the server said no: ${status}`,
      cause: `CORS allowed ${pageOrigin} to read this response and fetch() resolved, but with status ${status}: response.ok is false, so treat it as an error.`,
      serverSent: null,
      notes,
    };
  }
  return {
    tone: 'ok',
    headline: `Allowed: your script read the ${status} response`,
    cause: null,
    serverSent: null,
    notes,
  };
}
