import {
  cookieSendPredict,
  headerListGet,
  cookieStoreAccept,
  labServer,
  simulateFetchSync,
  type BrowserName,
  type CookieJarEntry,
  type CookieSameSite,
  type Policy,
  type RequestCredentials,
  type SimServerSync,
  type Trace,
} from '@cors-playground/engine';
import { exposureRequestFetch, type ExposureRequest } from './exposureRequest.ts';

/** What a script on one seat achieves with one request kind. */
export type ExposureAccess = 'reads' | 'sends' | 'blocked';

/** One browser's answer for one cell. */
export interface ExposureVerdict {
  browser: BrowserName;
  access: ExposureAccess;
  /** The credentials mode that got this far (an attacker tries the cookie first, then without). */
  credentials: RequestCredentials;
  /** Whether the user's session cookie travelled with the request. */
  cookie: boolean;
  /** The API's status as the page would see it (when it reads), else as sent; null when blocked. */
  status: number | null;
  /** One sentence: what happened and why. */
  why: string;
}

/** A cookie the browser holds for the API, with its value (the jar model keeps none). */
export interface ExposureCookie {
  entry: CookieJarEntry;
  value: string;
}

/** How exposed: lower is worse. */
export const exposureAccessRank: Record<ExposureAccess, number> = { reads: 0, sends: 1, blocked: 2 };

/**
 * The lab API's session cookie as a logged-in user holds it: whatever `GET /login` sets, kept as the
 * browser keeps it. Read from the lab API itself, so the map follows the route's real attributes.
 */
export function exposureSessionJar(
  policy: Policy,
  apiOrigin: string,
  browser: BrowserName,
): ExposureCookie[] {
  const url = `${apiOrigin}/login`;
  const response = labServer(policy)({ method: 'GET', url, headers: [], body: null });
  const jar: ExposureCookie[] = [];
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    const [pair = '', ...attributes] = value.split(';').map((part) => part.trim());
    const sameSite = attributes
      .find((a) => a.toLowerCase().startsWith('samesite='))
      ?.slice('samesite='.length) as CookieSameSite | undefined;
    const stored = cookieStoreAccept(
      {
        name: pair.slice(0, pair.indexOf('=')),
        sameSite: sameSite ?? 'unset',
        secure: attributes.some((a) => a.toLowerCase() === 'secure'),
        httpOnly: attributes.some((a) => a.toLowerCase() === 'httponly'),
        partitioned: attributes.some((a) => a.toLowerCase() === 'partitioned'),
      },
      url,
      browser,
    );
    if (stored.stored) jar.push({ entry: stored.entry, value: pair.slice(pair.indexOf('=') + 1) });
  }
  return jar;
}

function exposureVerdictOf(
  trace: Trace,
  request: ExposureRequest,
  credentials: RequestCredentials,
  cookie: { sent: boolean; summary: string },
): ExposureVerdict {
  const actual = trace.exchanges.findLast((exchange) => exchange.kind === 'actual');
  const failed = trace.steps.find((step) => !step.ok)?.reason ?? trace.error ?? 'the browser refused it';
  const base = { browser: trace.browser, credentials, cookie: cookie.sent };
  const cookieWords = cookie.sent
    ? " with the user's cookie"
    : credentials === 'include'
      ? ` without the user's cookie (${cookie.summary.replace(/^No cookie was sent: /, '').replace(/\.$/, '')})`
      : ' without cookies';
  if (trace.outcome === 'allowed' && trace.response) {
    const headers = request.readsHeaders;
    const readable = !headers || headers.some((name) => name in (trace.response?.headers ?? {}));
    if (readable) {
      return {
        ...base,
        access: 'reads',
        status: trace.response.status,
        why: `The script reads the ${trace.response.status} answer${cookieWords}.`,
      };
    }
    return {
      ...base,
      access: 'sends',
      status: trace.response.status,
      why: `The script reads the answer but not ${headers.join(' or ')}: not exposed.`,
    };
  }
  if (actual) {
    return {
      ...base,
      access: 'sends',
      status: actual.response.status,
      why: `The request reaches the API${cookieWords} (${actual.response.status}), but the script can't read the answer: ${failed}`,
    };
  }
  return { ...base, access: 'blocked', status: null, why: `Blocked before the request is sent: ${failed}` };
}

/** The cookie for one request: what the jar sends from this page, added where the browser adds it. */
function exposureServer(policy: Policy, cookie: string | null): SimServerSync {
  const server = labServer(policy);
  return (request) => {
    const preflight =
      request.method === 'OPTIONS' &&
      headerListGet(request.headers, 'access-control-request-method') !== null;
    return server(
      cookie && !preflight ? { ...request, headers: [...request.headers, ['cookie', cookie]] } : request,
    );
  };
}

export interface ExposureVerdictOptions {
  apiOrigin: string;
  browser: BrowserName;
  /** The logged-in user's cookies for the API (see `exposureSessionJar`). */
  jar: readonly ExposureCookie[];
}

/**
 * Runs one cell in the engine's browser simulator against the lab API with `policy`: the attacker
 * tries each credentials mode of the column and keeps the most exposing result.
 */
export function exposureVerdict(
  policy: Policy,
  pageOrigin: string,
  request: ExposureRequest,
  options: ExposureVerdictOptions,
): ExposureVerdict {
  let best: ExposureVerdict | null = null;
  for (const credentials of request.credentials) {
    const fetch = exposureRequestFetch(request, pageOrigin, options.apiOrigin, credentials);
    const prediction = cookieSendPredict(
      options.jar.map((cookie) => cookie.entry),
      {
        browser: options.browser,
        pageOrigin,
        topLevelUrl: pageOrigin,
        url: fetch.url,
        credentials,
      },
    );
    const sent = prediction.verdicts.filter((v) => v.sent).map((v) => v.name);
    const cookie = options.jar
      .filter((cookie) => sent.includes(cookie.entry.name))
      .map((cookie) => `${cookie.entry.name}=${cookie.value}`)
      .join('; ');
    const trace = simulateFetchSync(fetch, exposureServer(policy, cookie || null), {
      browser: options.browser,
    });
    const verdict = exposureVerdictOf(trace, request, credentials, {
      sent: sent.length > 0,
      summary: prediction.summary,
    });
    if (!best || exposureAccessRank[verdict.access] < exposureAccessRank[best.access]) best = verdict;
    if (best.access === 'reads') break;
  }
  if (!best) throw new Error('an exposure request needs at least one credentials mode');
  return best;
}
