import type { ExposureRequest, ExposureSeat, ExposureVerdict } from '@cors-playground/production';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { otherSendHref } from '../send/otherSendHref.ts';
import { labRequestUrl } from '@cors-playground/client';

/** How a learner sends one cell's request from its seat: a link to the sender there, or why not. */
export type ExposureSend = { href: string } | { reason: string };

/**
 * The other site answers on every host name on its port, and every `*.localhost` name resolves to
 * this machine: so any `http://<name>.localhost:<other port>` seat is served for real.
 */
function exposureSendServed(origin: string, otherOrigin: string): boolean {
  const other = new URL(otherOrigin);
  let seat: URL;
  try {
    seat = new URL(origin);
  } catch {
    return false;
  }
  const loopbackName = seat.hostname === 'localhost' || seat.hostname.endsWith('.localhost');
  return (
    seat.protocol === other.protocol && seat.port === other.port && loopbackName && seat.origin === origin
  );
}

/**
 * Where `request` can be sent from `seat` in this playground, with the credentials mode the verdict
 * says the attacker's best try used. The app's own seat is the request builder itself.
 */
export function exposureSend(
  seat: ExposureSeat,
  request: ExposureRequest,
  verdict: ExposureVerdict | undefined,
  config: PlaygroundConfig,
  sandbox: string,
): ExposureSend {
  if (seat.kind === 'app')
    return { reason: 'This is the playground itself: the request builder sends from here.' };
  if (!verdict) return { reason: seat.note ?? 'No modelled browser sends this origin.' };
  const init: RequestInit = {
    method: request.method,
    headers: request.headers.map(([name, value]): [string, string] => [name, value]),
    credentials: verdict.credentials,
    mode: 'cors',
    ...(request.body === null ? {} : { body: request.body }),
  };
  const sent = { url: labRequestUrl(config.apiOrigin, sandbox, request.path), init };
  if (seat.origin === 'null') return { href: otherSendHref(config.crossSiteOrigin, sent, true) };
  if (exposureSendServed(seat.origin, config.otherOrigin)) {
    return { href: otherSendHref(seat.origin, sent) };
  }
  const port = new URL(config.otherOrigin).port;
  return {
    reason: `Nothing here can serve a page as ${seat.origin}: the other-origin sender answers on http://*.localhost:${port} only. A real attacker registers the name; the map's verdict is the engine's.`,
  };
}
