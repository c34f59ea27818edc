import type { TraceFailure } from './fetchTypes.ts';
import { urlParse } from '../http/urlParse.ts';

/** Where and to whom a failure happened, as the console messages quote it. */
export interface ConsoleContext {
  /** The URL first fetched. */
  initialUrl: string;
  /** The URL whose response failed (differs from `initialUrl` after redirects). */
  url: string;
  /** The page's origin (Chromium quotes it even when the request's origin was tainted to null). */
  pageOrigin: string;
  /** Status of the failing response, or null when none arrived. */
  status: number | null;
  /** The request was a CORS request when it failed (Firefox files network failures of those under CORS). */
  cors: boolean;
}

/** Chromium's advice suffix for a present-but-wrong ACAO (cors_error_string.cc). */
const chromiumValidValue = ' Have the server send the header with a valid value.';
const chromiumPreflight = "Response to preflight request doesn't pass access control check: ";

function chromiumReason(failure: TraceFailure): string | null {
  const hint = failure.hint ?? '';
  switch (failure.code) {
    case 'missing-allow-origin':
      return "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    case 'multiple-allow-origin':
      return `The 'Access-Control-Allow-Origin' header contains multiple values '${hint}', but only one is allowed.${chromiumValidValue}`;
    case 'invalid-allow-origin':
      return `The 'Access-Control-Allow-Origin' header contains the invalid value '${hint}'.${chromiumValidValue}`;
    case 'allow-origin-mismatch':
      return `The 'Access-Control-Allow-Origin' header has a value '${hint}' that is not equal to the supplied origin.${chromiumValidValue}`;
    case 'wildcard-origin-with-credentials':
      return "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";
    case 'invalid-allow-credentials':
      return `The value of the 'Access-Control-Allow-Credentials' header in the response is '${hint}' which must be 'true' when the request's credentials mode is 'include'.`;
    case 'preflight-status':
      return 'It does not have HTTP ok status.';
    case 'preflight-redirect':
      return 'Redirect is not allowed for a preflight request.';
    case 'invalid-allow-methods':
      return 'Cannot parse Access-Control-Allow-Methods response header field in preflight response.';
    case 'invalid-allow-headers':
      return 'Cannot parse Access-Control-Allow-Headers response header field in preflight response.';
    case 'method-not-allowed':
      return `Method ${hint} is not allowed by Access-Control-Allow-Methods in preflight response.`;
    case 'header-not-allowed':
      return `Request header field ${hint} is not allowed by Access-Control-Allow-Headers in preflight response.`;
    case 'redirect-contains-credentials':
      // Chromium passes no location to the message (observed: it prints '').
      return `Redirect location '' contains a username and password, which is disallowed for cross-origin requests.`;
    default:
      return null;
  }
}

/** Preflight-flavoured codes Chromium prefixes with "Response to preflight request doesn't pass…". */
const chromiumPreflightCodes = new Set([
  'missing-allow-origin',
  'multiple-allow-origin',
  'invalid-allow-origin',
  'allow-origin-mismatch',
  'wildcard-origin-with-credentials',
  'invalid-allow-credentials',
  'preflight-status',
  'preflight-redirect',
]);

/** Chromium's message for a fetch refused before anything was sent, or null. */
function chromiumRefusal(failure: TraceFailure, context: ConsoleContext): string | null {
  const cannotLoad = `Fetch API cannot load ${context.url}.`;
  switch (failure.code) {
    case 'disallowed-by-mode':
      // After a redirect the check runs in the loader, which words it as a frame security error and
      // names the page's URL; the simulator knows only the page's origin, so the page is taken to be
      // at its root. The trailing newline is Chromium's own.
      return context.url === context.initialUrl
        ? `${cannotLoad} Request mode is "same-origin" but the URL's origin is not same as the request origin ${context.pageOrigin}.`
        : `Unsafe attempt to load URL ${context.url} from frame with URL ${context.pageOrigin}/. Domains, protocols and ports must match.\n`;
    case 'redirect-mode-no-cors':
      return `${cannotLoad} Request mode is "no-cors" but the redirect mode is not "follow".`;
    case 'scheme-not-supported':
      if (failure.hint === 'blob:') return null;
      if (failure.hint === 'file:') return `Not allowed to load local resource: ${context.url}`;
      return `${cannotLoad} URL scheme "${(failure.hint ?? '').replace(/:$/, '')}" is not supported.`;
    default:
      return null;
  }
}

/**
 * The net error of Chromium's network line for a failed fetch ("Failed to load resource: net::…"), or
 * null when it logs none (the fetch was refused before a request existed, or the cause is unknown).
 * Every CORS failure has one too: `ERR_FAILED`.
 */
export function consoleMessageChromiumNetError(failure: TraceFailure): string | null {
  switch (failure.code) {
    case 'disallowed-by-mode':
    case 'redirect-mode-no-cors':
    case 'invalid-request':
    case 'server-error':
      return null;
    case 'scheme-not-supported':
      return failure.hint === 'blob:' ? 'ERR_FILE_NOT_FOUND' : null;
    case 'invalid-response':
      return failure.hint;
    case 'cache-miss':
      return 'ERR_CACHE_MISS';
    case 'too-many-redirects':
      return 'ERR_TOO_MANY_REDIRECTS';
    case 'redirect-invalid-location':
      // The hint is the Location: one that parses failed for its scheme (data:, ftp:), else it is no URL.
      return urlParse(failure.hint ?? '') === null ? 'ERR_INVALID_REDIRECT' : 'ERR_UNSAFE_REDIRECT';
    default:
      return 'ERR_FAILED';
  }
}

/**
 * The text Chromium logs about a failed fetch besides its network line: the CORS message, or the
 * Fetch API message for a fetch refused before sending (null when there is neither).
 */
export function consoleMessageChromium(failure: TraceFailure, context: ConsoleContext): string | null {
  const refusal = chromiumRefusal(failure, context);
  if (refusal !== null) return refusal;
  const reason = chromiumReason(failure);
  if (reason === null) return null;
  const redirected = context.url === context.initialUrl ? '' : `(redirected from '${context.initialUrl}') `;
  const preflight = failure.preflight && chromiumPreflightCodes.has(failure.code) ? chromiumPreflight : '';
  return `Access to fetch at '${context.url}' ${redirected}from origin '${context.pageOrigin}' has been blocked by CORS policy: ${preflight}${reason}`;
}

function firefoxReason(
  failure: TraceFailure,
  status: string,
): { reason: string; status?: string; quoteUrl?: boolean } | null {
  const hint = failure.hint ?? '';
  switch (failure.code) {
    case 'missing-allow-origin':
      return { reason: 'CORS header ‘Access-Control-Allow-Origin’ missing', status };
    case 'multiple-allow-origin':
      return { reason: 'Multiple CORS header ‘Access-Control-Allow-Origin’ not allowed' };
    case 'invalid-allow-origin':
    case 'allow-origin-mismatch':
      return { reason: `CORS header ‘Access-Control-Allow-Origin’ does not match ‘${hint}’` };
    case 'wildcard-origin-with-credentials':
      return {
        reason: 'Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’',
        quoteUrl: true,
      };
    case 'invalid-allow-credentials':
      return { reason: 'expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’' };
    case 'preflight-status':
      return { reason: 'CORS preflight response did not succeed', status };
    case 'preflight-redirect':
      return { reason: 'CORS request external redirect not allowed' };
    case 'invalid-allow-methods':
      return { reason: `invalid token ‘${hint}’ in CORS header ‘Access-Control-Allow-Methods’` };
    case 'invalid-allow-headers':
      return { reason: `invalid token ‘${hint}’ in CORS header ‘Access-Control-Allow-Headers’` };
    case 'method-not-allowed':
      return { reason: 'Did not find method in CORS header ‘Access-Control-Allow-Methods’' };
    case 'header-not-allowed':
      return {
        reason: `header ‘${hint}’ is not allowed according to header ‘Access-Control-Allow-Headers’ from CORS preflight response`,
      };
    case 'server-error':
    case 'invalid-response':
      // Below CORS, but Firefox's CORS listener still reports the failed channel in these words.
      return { reason: 'CORS request did not succeed', status };
    default:
      return null;
  }
}

/** Firefox's "Cross-Origin Request Blocked: …" text (security.properties), or null. */
export function consoleMessageFirefox(failure: TraceFailure, context: ConsoleContext): string | null {
  const network = failure.code === 'server-error' || failure.code === 'invalid-response';
  if (network && !context.cors) return null;
  const parts = firefoxReason(failure, context.status === null ? '(null)' : String(context.status));
  if (parts === null) return null;
  const url = parts.quoteUrl ? `‘${context.url}’` : context.url;
  const status = parts.status === undefined ? '' : ` Status code: ${parts.status}.`;
  return `Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at ${url}. (Reason: ${parts.reason}).${status}`;
}
