import type { ConsoleContext } from './consoleMessage.ts';
import type { TraceFailure } from './fetchTypes.ts';
import type { HeaderList } from '../http/httpTypes.ts';
import { headerListGet } from '../http/headerList.ts';
import { webkitHeaderMapName } from './webkitHeaderMap.ts';

/**
 * WebKit's console lines for a failed fetch, as WebKitGTK 2.50 (the WebKit of Safari 26) prints them
 * (observed by the conformance suite): a reason (a `CONSOLE SECURITY ERROR` or `JS ERROR`), then, for
 * most failures, `Fetch API cannot load <url> due to access control checks.`. The level prefixes are
 * left out, as Chromium's lines leave out theirs.
 */

/** What WebKit's messages quote besides what every browser's do. */
export interface WebkitConsoleContext extends ConsoleContext {
  /** The request's `Origin` as sent: `null` after a redirect tainted it. */
  requestOrigin: string;
  /** The headers of the response that failed, if one did. */
  headers: HeaderList | null;
  /** Where the failing response redirected to (absolute), when it was a redirect. */
  redirectTo: string | null;
  /** The request headers as the script named them (WebKit quotes a refused header in that case). */
  authorHeaders: HeaderList;
}

/** The line WebKit logs after most fetches it failed. */
export function consoleMessageWebkitCannotLoad(url: string): string {
  return `Fetch API cannot load ${url} due to access control checks.`;
}

/**
 * A header value as WebKitGTK shows it: libsoup makes the bytes valid UTF-8 (each stray byte becomes
 * U+FFFD) and WebKit then reads those UTF-8 bytes one by one, so `é` sent as one byte prints as `ï¿½`.
 */
export function consoleMessageWebkitBytes(value: string): string {
  const replacement = '\u00ef\u00bf\u00bd';
  let out = '';
  let i = 0;
  while (i < value.length) {
    const lead = value.charCodeAt(i);
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 0;
    const tail = value.slice(i + 1, i + length);
    const valid =
      length > 0 && tail.length === length - 1 && [...tail].every((c) => (c.charCodeAt(0) & 0xc0) === 0x80);
    out += valid ? value.slice(i, i + length) : replacement;
    i += valid ? length : 1;
  }
  return out;
}

function webkitStatus(context: ConsoleContext): string {
  return context.status === null ? '' : ` Status code: ${context.status}`;
}

/** WebKit's reason for a failed CORS check (CrossOriginAccessControl.cpp), or null. */
function webkitCorsReason(failure: TraceFailure, context: WebkitConsoleContext): string | null {
  const list = (name: string) =>
    `Header ${name} has an invalid value: ${consoleMessageWebkitBytes(headerListGet(context.headers ?? [], name) ?? '')}`;
  switch (failure.code) {
    case 'missing-allow-origin':
    case 'invalid-allow-origin':
    case 'allow-origin-mismatch':
      return `Origin ${context.requestOrigin} is not allowed by Access-Control-Allow-Origin.${webkitStatus(context)}`;
    case 'multiple-allow-origin':
      return 'Access-Control-Allow-Origin cannot contain more than one origin.';
    case 'wildcard-origin-with-credentials':
      return 'Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.';
    case 'invalid-allow-credentials':
      return 'Credentials flag is true, but Access-Control-Allow-Credentials is not "true".';
    case 'preflight-status':
    case 'preflight-redirect':
      return `Preflight response is not successful.${webkitStatus(context)}`;
    case 'invalid-allow-methods':
      return list('Access-Control-Allow-Methods');
    case 'invalid-allow-headers':
      return list('Access-Control-Allow-Headers');
    case 'method-not-allowed':
      return `Method ${failure.hint ?? ''} is not allowed by Access-Control-Allow-Methods.`;
    case 'header-not-allowed':
      return `Request header field ${webkitHeaderMapName(failure.hint ?? '', context.authorHeaders)} is not allowed by Access-Control-Allow-Headers.`;
    default:
      return null;
  }
}

/** WebKit's lines for a failure that is not a CORS check, or null when it is one. */
function webkitOtherLines(failure: TraceFailure, context: WebkitConsoleContext): string[] | null {
  const cannotLoad = consoleMessageWebkitCannotLoad(context.url);
  const denied = (to: string, why: string) =>
    `Cross-origin redirection to ${to} denied by Cross-Origin Resource Sharing policy: ${why}`;
  switch (failure.code) {
    case 'disallowed-by-mode':
      return context.url === context.initialUrl
        ? [`Fetch API cannot load ${context.url}.`]
        : [
            `Unsafe attempt to load URL ${context.url} from origin ${context.pageOrigin}. Domains, protocols and ports must match.`,
            cannotLoad,
          ];
    case 'redirect-mode-no-cors':
      return ['No-Cors mode requires follow redirect mode', 'Not allowed to request resource', cannotLoad];
    case 'redirect-mode-error':
      return [`Not allowed to follow a redirection while loading ${context.url}`, cannotLoad];
    case 'too-many-redirects':
      return ['Load cannot follow more than 20 redirections', cannotLoad];
    case 'redirect-invalid-location':
      return [
        denied(
          failure.hint ?? '',
          'not allowed to follow a cross-origin CORS redirection with non CORS scheme',
        ),
        cannotLoad,
      ];
    case 'redirect-contains-credentials': {
      const target = failure.hint ?? '';
      return [
        denied(target.replace(/\/\/[^/@]*@/, '//'), `redirection URL ${target} has credentials`),
        cannotLoad,
      ];
    }
    case 'scheme-not-supported':
      return failure.hint === 'blob:'
        ? []
        : ['Cross origin requests are only supported for HTTP.', cannotLoad];
    case 'invalid-response':
      // libsoup's parse error surfaces only for a preflight; a refused actual response logs nothing.
      return failure.preflight ? ['Could not parse HTTP response', cannotLoad] : [];
    default:
      return null;
  }
}

/**
 * Every error line WebKit logs for a failed fetch, in order (empty when it logs none). A CORS check
 * that failed on a redirect is worded as a denied redirection to where it pointed.
 */
export function consoleMessageWebkitLines(failure: TraceFailure, context: WebkitConsoleContext): string[] {
  const other = webkitOtherLines(failure, context);
  if (other !== null) return other;
  const reason = webkitCorsReason(failure, context);
  if (reason === null) return [];
  const headline =
    context.redirectTo !== null && !failure.preflight
      ? `Cross-origin redirection to ${context.redirectTo} denied by Cross-Origin Resource Sharing policy: ${reason}`
      : reason;
  return [headline, consoleMessageWebkitCannotLoad(context.url)];
}
