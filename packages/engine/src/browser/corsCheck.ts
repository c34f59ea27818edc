import { type CorsProblem, corsProblem } from './corsProblem.ts';
import type { BrowserName } from './fetchTypes.ts';
import type { HeaderList } from './../http/httpTypes.ts';
import { headerListGet, headerListValues } from '../http/headerList.ts';
import { specLink } from './specLink.ts';
import type { StepLog } from './stepLog.ts';
import { urlParse } from '../http/urlParse.ts';

/**
 * Chromium's `network::cors::CheckAccess`: the header lines are combined first, so two ACAO lines
 * read as one value with a comma ("multiple values"); the value is then diagnosed for the console.
 */
function corsCheckChromium(headers: HeaderList, origin: string, include: boolean, preflight: boolean) {
  const allowOrigin = headerListGet(headers, 'access-control-allow-origin');
  if (allowOrigin === '*') {
    if (include) return corsProblem('wildcard-origin-with-credentials', '*', preflight);
  } else if (allowOrigin === null) {
    return corsProblem('missing-allow-origin', null, preflight);
  } else if (allowOrigin !== origin) {
    if (/[ ,]/.test(allowOrigin)) return corsProblem('multiple-allow-origin', allowOrigin, preflight);
    if (allowOrigin !== 'null' && urlParse(allowOrigin) === null) {
      return corsProblem('invalid-allow-origin', allowOrigin, preflight);
    }
    return corsProblem('allow-origin-mismatch', allowOrigin, preflight);
  }
  return include ? corsCheckCredentials(headers, preflight) : null;
}

/** Firefox's `nsCORSListenerProxy::CheckRequestApproved`: counts ACAO lines before reading them. */
function corsCheckFirefox(headers: HeaderList, origin: string, include: boolean, preflight: boolean) {
  if (headerListValues(headers, 'access-control-allow-origin').length > 1) {
    return corsProblem(
      'multiple-allow-origin',
      headerListGet(headers, 'access-control-allow-origin'),
      preflight,
    );
  }
  const allowOrigin = headerListGet(headers, 'access-control-allow-origin');
  if (allowOrigin === null) return corsProblem('missing-allow-origin', null, preflight);
  if (include && allowOrigin === '*') return corsProblem('wildcard-origin-with-credentials', '*', preflight);
  if ((include || allowOrigin !== '*') && allowOrigin !== origin) {
    return corsProblem('allow-origin-mismatch', allowOrigin, preflight);
  }
  return include ? corsCheckCredentials(headers, preflight) : null;
}

/**
 * WebKit's `passesAccessControlCheck` (CrossOriginAccessControl.cpp): an exact string compare of the
 * combined value; a miss is "multiple" when the value holds a comma, else one reason covers a missing,
 * malformed or other origin alike.
 */
function corsCheckWebkit(headers: HeaderList, origin: string, include: boolean, preflight: boolean) {
  const allowOrigin = headerListGet(headers, 'access-control-allow-origin');
  if (allowOrigin === '*' && !include) return null;
  if (allowOrigin !== origin) {
    if (allowOrigin === '*') return corsProblem('wildcard-origin-with-credentials', '*', preflight);
    if (allowOrigin === null) return corsProblem('missing-allow-origin', null, preflight);
    if (allowOrigin.includes(',')) return corsProblem('multiple-allow-origin', allowOrigin, preflight);
    return corsProblem('allow-origin-mismatch', allowOrigin, preflight);
  }
  return include ? corsCheckCredentials(headers, preflight) : null;
}

/** Every browser, once the origin passed: with credentials, `Access-Control-Allow-Credentials: true`. */
function corsCheckCredentials(headers: HeaderList, preflight: boolean) {
  const allowCredentials = headerListGet(headers, 'access-control-allow-credentials');
  return allowCredentials === 'true'
    ? null
    : corsProblem('invalid-allow-credentials', allowCredentials ?? '', preflight);
}

/**
 * https://fetch.spec.whatwg.org/#concept-cors-check on one response, as `browser` implements it, with
 * a trace step for Access-Control-Allow-Origin and (with credentials) -Allow-Credentials.
 */
export function corsCheck(
  headers: HeaderList,
  origin: string,
  include: boolean,
  browser: BrowserName,
  log: StepLog,
  exchange: number,
  preflight = false,
): CorsProblem | null {
  const check = { chromium: corsCheckChromium, firefox: corsCheckFirefox, webkit: corsCheckWebkit }[browser];
  const problem = check(headers, origin, include, preflight);
  const prefix = preflight ? 'preflight' : 'cors';
  const allowOrigin = headerListGet(headers, 'access-control-allow-origin');
  if (problem === null) {
    log.pass(
      `${prefix}.allow-origin`,
      allowOrigin === '*'
        ? 'Access-Control-Allow-Origin is *, which allows any origin for a request without credentials.'
        : `Access-Control-Allow-Origin is ${allowOrigin}, exactly the request's origin.`,
      specLink.corsCheck,
      exchange,
    );
    if (include) {
      log.pass(
        `${prefix}.allow-credentials`,
        'Access-Control-Allow-Credentials is exactly "true".',
        specLink.credentials,
        exchange,
      );
    }
    return null;
  }
  if (problem.code === 'invalid-allow-credentials') {
    log.pass(
      `${prefix}.allow-origin`,
      `Access-Control-Allow-Origin is ${allowOrigin}, exactly the request's origin.`,
      specLink.corsCheck,
      exchange,
    );
  }
  const reason = corsCheckReason(problem, origin);
  const id =
    problem.code === 'invalid-allow-credentials' ? `${prefix}.allow-credentials` : `${prefix}.allow-origin`;
  log.fail(
    id,
    reason,
    problem.code === 'invalid-allow-credentials' ? specLink.credentials : specLink.allowOrigin,
    exchange,
  );
  return problem;
}

function corsCheckReason(problem: CorsProblem, origin: string): string {
  switch (problem.code) {
    case 'missing-allow-origin':
      return 'The response has no Access-Control-Allow-Origin header, so the browser may not share it with the page.';
    case 'multiple-allow-origin':
      return `Access-Control-Allow-Origin must be a single origin, but the response carries "${problem.hint}".`;
    case 'wildcard-origin-with-credentials':
      return 'Access-Control-Allow-Origin is *, which is not allowed when the request includes credentials.';
    case 'invalid-allow-credentials':
      return `With credentials, Access-Control-Allow-Credentials must be exactly "true", but it is "${problem.hint}".`;
    case 'invalid-allow-origin':
      return `Access-Control-Allow-Origin "${problem.hint}" is not a valid origin.`;
    default:
      return `Access-Control-Allow-Origin is "${problem.hint}" but the request's origin is "${origin}".`;
  }
}
