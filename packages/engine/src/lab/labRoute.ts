import type { HeaderList, ServerRequest, ServerResponse } from '../http/httpTypes.ts';
import { cookieHeaderGet } from '../http/cookieHeader.ts';
import { urlParse, type ParsedUrl } from '../http/urlParse.ts';

/**
 * The lab API's endpoints as a pure function, so the real API (apps/api) and the simulator's
 * policy server answer identically: the simulator can predict exactly what our API does.
 *
 * - `GET /data`: public JSON.
 * - `ANY /echo`: echoes method, URL, headers and body.
 * - `GET /login`: sets a `session` cookie (SameSite=Lax: sent same-site, e.g. localhost:5173 → :4000).
 * - `GET /logout`: clears it.
 * - `GET /private`: private data, only with the session cookie (401 otherwise).
 * - `ANY /redirect?to=URL&status=302`: redirects (same- or cross-origin). OPTIONS too, so a preflight
 *   passed on to the route (`preflight.continue`) meets the redirect, as behind APPEND_SLASH or http → https.
 * - `ANY /status/NNN`: answers with that status (errors).
 * - `GET /headers`: a response with extra headers (X-Request-Id, X-Secret-Token) to practise exposing them.
 * - `OPTIONS` anything else: 404, like an app with no OPTIONS route, when a preflight is passed through.
 */
export interface LabRouteOptions {
  /** Send `Cache-Control: no-store` so browser caches never hide a policy edit. Default `true`. */
  noStore?: boolean;
}

const sessionValue = 'alice-session';

/**
 * The one cookie `/login` hands out, the same to everyone. A log that hides cookie values may keep this
 * pair: it is no secret, and the simulator needs it to answer `/private` as the real API does.
 */
export const labSessionCookie = `session=${sessionValue}`;

function labJson(status: number, value: unknown, extra: HeaderList = []): ServerResponse {
  return {
    status,
    headers: [['content-type', 'application/json; charset=utf-8'], ...extra],
    body: JSON.stringify(value),
  };
}

function labDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed escape is kept as typed rather than failing the request
  }
}

/** The query parameter `name`, decoded; the engine has no URLSearchParams typing (it stays DOM-free). */
function labQuery(url: ParsedUrl, name: string): string | null {
  for (const pair of url.search.slice(1).split('&')) {
    // Only the first `=` separates: a value may hold more (`to=http://a.example/?x=1`), as in URLSearchParams.
    const split = pair.indexOf('=');
    const key = split < 0 ? pair : pair.slice(0, split);
    const value = split < 0 ? '' : pair.slice(split + 1);
    if (labDecode(key) === name) return labDecode(value.replace(/\+/g, ' '));
  }
  return null;
}

function labDispatch(request: ServerRequest, url: ParsedUrl): ServerResponse {
  const method = request.method;
  const path = url.pathname;
  if (path === '/redirect') {
    const to = labQuery(url, 'to') ?? '/data';
    const status = Number(labQuery(url, 'status') ?? 302);
    const location = urlParse(to, url.href)?.href ?? url.href;
    return {
      status: [301, 302, 303, 307, 308].includes(status) ? status : 302,
      headers: [['location', location]],
      body: '',
    };
  }
  if (method === 'OPTIONS') return labJson(404, { error: `No OPTIONS route for ${path}` });
  if (path === '/echo') {
    return labJson(200, { method, url: request.url, headers: request.headers, body: request.body });
  }
  const statusMatch = /^\/status\/(\d{3})$/.exec(path);
  if (statusMatch) {
    const status = Number(statusMatch[1]);
    if (status >= 200 && status <= 599) return labJson(status, { status });
  }
  if (method !== 'GET' && method !== 'HEAD' && path !== '/data') {
    return labJson(405, { error: `${method} is not supported on ${path}` });
  }
  switch (path) {
    case '/data':
      return labJson(200, { message: 'Hello from the lab API', method });
    case '/login':
      return labJson(200, { loggedIn: true, user: 'alice' }, [
        ['set-cookie', `session=${sessionValue}; Path=/; HttpOnly; SameSite=Lax`],
      ]);
    case '/logout':
      return labJson(200, { loggedIn: false }, [['set-cookie', 'session=; Path=/; Max-Age=0; SameSite=Lax']]);
    case '/private':
      return cookieHeaderGet(request.headers, 'session') === sessionValue
        ? labJson(200, { user: 'alice', email: 'alice@example.com', apiKey: 'sk_live_alice_3f9a' })
        : labJson(401, { error: 'Not logged in: no session cookie arrived' });
    case '/headers':
      return labJson(200, { hint: 'Read X-Request-Id from JavaScript: it must be exposed.' }, [
        ['x-request-id', 'req-42'],
        ['x-secret-token', 'tok-123'],
      ]);
    default:
      return labJson(404, { error: `No route ${path}` });
  }
}

export function labRoute(request: ServerRequest, options: LabRouteOptions = {}): ServerResponse {
  const url = urlParse(request.url);
  const response = url ? labDispatch(request, url) : labJson(400, { error: `Bad URL ${request.url}` });
  if (options.noStore === false) return response;
  return { ...response, headers: [...response.headers, ['cache-control', 'no-store']] };
}
