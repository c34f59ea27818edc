import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as cookieParse, serialize as cookieSerialize } from 'cookie';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { selfCheckPage } from './selfCheckPage.ts';

/** The harmless cookie the check sets on the victim API (SameSite=Lax, only sent to `/self-check`). */
export const selfCheckCookieName = 'cp_self_check';

export interface SelfCheckSeat {
  /** The app origin: what every answer names as its playground, and where pages report to. */
  appOrigin: string;
  /** On the challenge stage: its host names, for the cookie check. Absent on the lab API and other site. */
  stage?: PlaygroundConfig['stage'];
}

const selfCheckNoncePattern = /^[A-Za-z0-9_-]{1,64}$/;

function selfCheckJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** The request's host name, lower-case, without the port; empty when the `Host` header is not one. */
function selfCheckHostname(req: IncomingMessage): string {
  try {
    return new URL(`http://${req.headers.host ?? ''}`).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Answers the participant's setup check (the app's `/workshop/check` page) in front of `inner`, which
 * gets every other request. Nothing here reads or changes a sandbox, and every answer is `no-store`:
 *
 * - `GET /self-check/ping?nonce=…` on every host name: which playground answers here, readable by any
 *   page (`*`, no credentials), so a browser can tell "unreachable" from "answered by another machine".
 * - on the stage, `GET /self-check/cookie-set` (victim API only) sets a SameSite=Lax check cookie in a
 *   top-level visit; `GET /self-check/probe` on any stage host is a page that asks the victim API,
 *   with credentials, whether that cookie arrived (`GET /self-check/cookie`, victim API only).
 */
export function selfCheckListener(inner: RequestListener, seat: SelfCheckSeat): RequestListener {
  const stage = seat.stage;
  const victimApi = stage && new URL(stage.victimApi);
  // The cookie answer is readable by the stage's own pages only, never by an arbitrary site.
  const stageOrigins = new Set(
    stage ? [stage.victimApp, stage.victimApi, ...Object.values(stage.attackers)] : [],
  );
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, nonce: string) => void> = {
    '/self-check/ping': (_req, res, nonce) =>
      selfCheckJson(res, 200, { nonce, app: seat.appOrigin }, { 'access-control-allow-origin': '*' }),
  };
  if (stage && victimApi) {
    const onVictimApi = (req: IncomingMessage) => selfCheckHostname(req) === victimApi.hostname;
    routes['/self-check/cookie-set'] = (req, res, nonce) => {
      if (!onVictimApi(req)) return selfCheckJson(res, 404, { error: 'Only the victim API sets it.' });
      const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
      res.setHeader(
        'set-cookie',
        cookieSerialize(selfCheckCookieName, nonce, {
          path: '/self-check',
          sameSite: 'lax',
          httpOnly: true,
          secure,
          maxAge: 300,
        }),
      );
      selfCheckPage(res, { kind: 'cookie-set', nonce, appOrigin: seat.appOrigin }, "'none'");
    };
    routes['/self-check/cookie'] = (req, res, nonce) => {
      if (!onVictimApi(req)) return selfCheckJson(res, 404, { error: 'Only the victim API answers it.' });
      const origin = req.headers.origin ?? '';
      const cors: Record<string, string> = stageOrigins.has(origin)
        ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' }
        : {};
      const received = cookieParse(req.headers.cookie ?? '')[selfCheckCookieName] === nonce;
      selfCheckJson(res, 200, { received }, { ...cors, vary: 'Origin' });
    };
    routes['/self-check/probe'] = (_req, res, nonce) => {
      const cookieUrl = `${victimApi.origin}/self-check/cookie?nonce=${nonce}`;
      selfCheckPage(res, { kind: 'probe', nonce, appOrigin: seat.appOrigin, cookieUrl }, victimApi.origin);
    };
  }
  return (req, res) => {
    // In front of the lab API's hot path: everything else passes without being parsed.
    if (!req.url?.startsWith('/self-check/')) return inner(req, res);
    const url = new URL(req.url, 'http://self-check.invalid');
    const route = routes[url.pathname];
    if (!route) return inner(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return selfCheckJson(res, 405, { error: 'Only GET.' }, { allow: 'GET, HEAD' });
    }
    const nonce = url.searchParams.get('nonce') ?? '';
    if (!selfCheckNoncePattern.test(nonce)) {
      return selfCheckJson(res, 400, {
        errors: [{ path: 'nonce', message: 'must be 1 to 64 characters: letters, digits, _ or -' }],
      });
    }
    route(req, res, nonce);
  };
}
