import { cookieHeaderGet } from '../http/cookieHeader.ts';
import { headerListGet } from '../http/headerList.ts';
import type { HeaderList, ServerRequest, ServerResponse } from '../http/httpTypes.ts';
import { urlParse } from '../http/urlParse.ts';
import type { VictimSession } from './challengeTypes.ts';

/** One money transfer the victim's API carried out, and who asked for it. */
export interface VictimTransfer {
  to: string;
  amount: number;
  /** The request's `Origin`, or null when it had none. */
  origin: string | null;
}

/** The victim's account as its API holds it; the server creates it with random secrets. */
export interface VictimState {
  /** The session cookie's value, or the bearer token. */
  sessionToken: string;
  apiKey: string;
  /** Data with no login at all, "protected" only by being on the internal network. */
  internalSecret: string;
  balance: number;
  /** Newest last; the server bounds the list. */
  transfers: VictimTransfer[];
}

export interface VictimRouteOptions {
  /** The victim app's page to return to after logging in (the bearer token goes in its fragment). */
  appUrl: string;
  /** The session cookie's `Path` (keeps sandboxes apart on one host). */
  cookiePath: string;
}

export const victimSessionCookie = 'victim_session';

/** The largest transfer the API carries out; a larger one is refused with a 422 the app must be able to read. */
export const victimTransferLimit = 5000;

/** How long a shared cache may keep the public exchange rates, in seconds. */
export const victimRatesMaxAge = 60;
const victimRatesEtag = '"rates-1"';

/** The header each account answer renews the session in (readable by a page only when exposed). */
export const victimRefreshHeader = 'x-refresh-token';

/** Every JSON answer names its sender, so the server can tell when an attacker read one. */
export const victimAnswerMark = 'victim-api';

function victimJson(status: number, value: object, extra: HeaderList = []): ServerResponse {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8'], ...extra],
    body: JSON.stringify({ from: victimAnswerMark, ...value }),
  };
}

/** Whether the request is the logged-in victim: the session cookie or the bearer token. */
export function victimIsLoggedIn(state: VictimState, request: ServerRequest): boolean {
  const bearer = /^Bearer (.+)$/.exec(headerListGet(request.headers, 'authorization') ?? '')?.[1];
  return (
    cookieHeaderGet(request.headers, victimSessionCookie) === state.sessionToken ||
    bearer === state.sessionToken
  );
}

function victimSetCookie(session: VictimSession, token: string, path: string): string {
  const sameSite = { 'cookie-lax': 'Lax', 'cookie-strict': 'Strict', 'cookie-none': 'None' }[
    session as Exclude<VictimSession, 'bearer'>
  ];
  return `${victimSessionCookie}=${token}; Path=${path}; HttpOnly; SameSite=${sameSite}${sameSite === 'None' ? '; Secure' : ''}`;
}

function victimParam(url: string, name: string): string | null {
  const match = new RegExp(`(?:^|[?&])${name}=([^&]*)`).exec(url);
  return match?.[1] === undefined ? null : decodeURIComponent(match[1].replace(/\+/g, ' '));
}

/** The transfer's fields from a JSON, form or plain-text body (a no-cors POST can send only the last two). */
function victimTransferFields(body: string | null): { to: string; amount: number } {
  let fields: Record<string, unknown>;
  try {
    fields = JSON.parse(body ?? '') as Record<string, unknown>;
  } catch {
    const text = `?${body ?? ''}`;
    fields = { to: victimParam(text, 'to'), amount: victimParam(text, 'amount') };
  }
  const amount = Number(fields.amount ?? 100);
  return {
    to: String(fields.to ?? 'unknown').slice(0, 64),
    amount: Number.isFinite(amount) && amount > 0 ? Math.min(amount, 1_000_000) : 100,
  };
}

/** Public exchange rates, cacheable by a shared cache for a minute; a matching `If-None-Match` gets a 304. */
function victimRates(request: ServerRequest): ServerResponse {
  const caching: HeaderList = [
    ['cache-control', `public, max-age=${victimRatesMaxAge}`],
    ['etag', victimRatesEtag],
  ];
  if (headerListGet(request.headers, 'if-none-match') === victimRatesEtag) {
    return { status: 304, headers: caching, body: '' };
  }
  return victimJson(200, { rates: { EUR: 0.92, GBP: 0.79, JPY: 151.3 } }, caching);
}

function victimDispatch(
  state: VictimState,
  request: ServerRequest,
  path: string,
  options: VictimRouteOptions,
): ServerResponse {
  const { method } = request;
  if (method === 'OPTIONS') return victimJson(404, { error: `No OPTIONS route for ${path}` });
  if (path === '/login' && method === 'GET') {
    const mode = victimParam(request.url, 'session') ?? 'cookie-lax';
    if (mode === 'bearer') {
      return {
        status: 303,
        headers: [['location', `${options.appUrl}#token=${state.sessionToken}`]],
        body: '',
      };
    }
    const session = (
      ['cookie-lax', 'cookie-strict', 'cookie-none'].includes(mode) ? mode : 'cookie-lax'
    ) as VictimSession;
    return {
      status: 303,
      headers: [
        ['location', options.appUrl],
        ['set-cookie', victimSetCookie(session, state.sessionToken, options.cookiePath)],
      ],
      body: '',
    };
  }
  if (path === '/rates' && method === 'GET') return victimRates(request);
  if (path === '/internal' && method === 'GET') {
    return victimJson(200, { service: 'billing', internalSecret: state.internalSecret });
  }
  if (!victimIsLoggedIn(state, request))
    return victimJson(401, { error: 'Not logged in: no session arrived' });
  if (path === '/account' && method === 'GET') {
    return victimJson(200, { user: 'alice', email: 'alice@victim.example', balance: state.balance }, [
      [victimRefreshHeader, state.sessionToken],
    ]);
  }
  if (path === '/api-key' && method === 'GET') return victimJson(200, { apiKey: state.apiKey });
  if (path === '/token' && method === 'POST') return victimJson(200, { token: state.sessionToken });
  if (path === '/transfer' && method === 'POST') {
    const { to, amount } = victimTransferFields(request.body);
    if (amount > victimTransferLimit) {
      return victimJson(422, { error: `Over the daily limit of ${victimTransferLimit}: nothing was sent` });
    }
    state.balance -= amount;
    state.transfers.push({ to, amount, origin: headerListGet(request.headers, 'origin') });
    return victimJson(200, { ok: true, to, amount, balance: state.balance });
  }
  return victimJson(404, { error: `No route ${method} ${path}` });
}

/**
 * The victim's API as a pure function of its state: log in (cookie with the chosen SameSite, or a
 * bearer token), the account, the API key, a token minted from the session, a money transfer, and
 * internal data with no login, public exchange rates. Every answer but the rates says `Cache-Control: no-store`.
 */
export function victimRoute(
  state: VictimState,
  request: ServerRequest,
  options: VictimRouteOptions,
): ServerResponse {
  const url = urlParse(request.url);
  const response = url
    ? victimDispatch(state, request, url.pathname, options)
    : victimJson(400, { error: `Bad URL ${request.url}` });
  // Only the public rates may be cached; everything else is private or changes state.
  const cacheable = headerListGet(response.headers, 'cache-control') !== null;
  return cacheable
    ? response
    : { ...response, headers: [...response.headers, ['cache-control', 'no-store']] };
}
