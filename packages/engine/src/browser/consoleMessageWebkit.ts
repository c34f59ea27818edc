import type { ConsoleContext } from './consoleMessage.ts';
import type { TraceFailure } from './fetchTypes.ts';

/**
 * WebKit's console lines for a failed fetch, as WebKitGTK 2.50 (the WebKit of Safari 26) prints them:
 * the CORS reason (a `CONSOLE SECURITY ERROR`), then `Fetch API cannot load <url> due to access control
 * checks.` (a `CONSOLE JS ERROR`). The level prefixes are left out, as Chromium's lines leave out theirs.
 */

/** The line WebKit logs after every fetch it failed for a CORS reason. */
export function consoleMessageWebkitCannotLoad(url: string): string {
  return `Fetch API cannot load ${url} due to access control checks.`;
}

function webkitStatus(context: ConsoleContext): string {
  return context.status === null ? '' : ` Status code: ${context.status}`;
}

/** WebKit's reason for a failed CORS check (CrossOriginAccessControl.cpp), or null when it gives none. */
function webkitReason(failure: TraceFailure, context: ConsoleContext): string | null {
  const hint = failure.hint ?? '';
  switch (failure.code) {
    case 'missing-allow-origin':
    case 'invalid-allow-origin':
    case 'allow-origin-mismatch':
      return `Origin ${context.pageOrigin} is not allowed by Access-Control-Allow-Origin.${webkitStatus(context)}`;
    case 'multiple-allow-origin':
      return `Access-Control-Allow-Origin cannot contain more than one origin.${webkitStatus(context)}`;
    case 'wildcard-origin-with-credentials':
      return `Cannot use wildcard in Access-Control-Allow-Origin when credentials flag is true.${webkitStatus(context)}`;
    case 'invalid-allow-credentials':
      return `Credentials flag is true, but Access-Control-Allow-Credentials is not "true".${webkitStatus(context)}`;
    case 'preflight-status':
    case 'preflight-redirect':
      return `Preflight response is not successful.${webkitStatus(context)}`;
    case 'method-not-allowed':
      return `Method ${hint} is not allowed by Access-Control-Allow-Methods.`;
    case 'header-not-allowed':
      return `Request header field ${hint} is not allowed by Access-Control-Allow-Headers.`;
    default:
      return null;
  }
}

/**
 * Every error line WebKit logs for a failed fetch, in order (empty when it logs none): its CORS reason,
 * worded as a denied redirection when the failing response came after a redirect, then the Fetch API line.
 */
export function consoleMessageWebkitLines(failure: TraceFailure, context: ConsoleContext): string[] {
  const reason = webkitReason(failure, context);
  if (reason === null) return [];
  const redirected = context.url !== context.initialUrl && !failure.preflight;
  const headline = redirected
    ? `Cross-origin redirection to ${context.url} denied by Cross-Origin Resource Sharing policy: ${reason}`
    : reason;
  return [headline, consoleMessageWebkitCannotLoad(context.url)];
}
