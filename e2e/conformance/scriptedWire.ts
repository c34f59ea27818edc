import type { HeaderList, ServerResponse } from '@cors-playground/engine';

/**
 * The headers node:http puts on the wire besides the scripted ones. A same-origin (basic) response lets
 * JavaScript read every header, and `content-length` is a CORS-safelisted response header, so these are
 * visible to the page; the simulator is handed exactly the same bytes so that both sides compare fairly.
 * The Date header is switched off on the server because it would differ between the two.
 */
export function scriptedWireHeaders(status: number, scripted: HeaderList): HeaderList {
  const names = new Set(scripted.map(([name]) => name.toLowerCase()));
  const wire: HeaderList = [...scripted];
  if (!names.has('connection')) wire.push(['connection', 'keep-alive']);
  if (!names.has('content-length') && status !== 204 && status !== 304) wire.push(['content-length', '0']);
  return wire;
}

/**
 * A scripted response as it leaves the server: scripted headers plus the framing ones. Anything else
 * the script says about the bytes (an exact status line) is passed on to the simulator unchanged.
 */
export function scriptedWire<T extends ServerResponse>(response: T): T {
  return { ...response, headers: scriptedWireHeaders(response.status, response.headers), body: null };
}
