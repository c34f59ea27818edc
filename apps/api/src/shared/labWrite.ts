import type { IncomingMessage, ServerResponse as NodeResponse } from 'node:http';
import type { HeaderList, ServerResponse } from '@cors-playground/engine';
import { workshopCookieStrip } from './workshopCookieStrip.ts';

/**
 * The one place the lab API (and the stage's APIs, which answer as it does) writes a response. Headers are added the way Express's `res.append` adds
 * them (a repeated name becomes a list, an empty earlier value is replaced), so the wire format is
 * what the Express version of this origin sent.
 */
export function labWrite(req: IncomingMessage, res: NodeResponse, response: ServerResponse): void {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) {
    const previous = res.getHeader(name);
    res.setHeader(name, previous ? [previous, value].flat().map(String) : value);
  }
  res.end(req.method === 'HEAD' ? undefined : (response.body ?? ''));
}

/**
 * The request's headers as received: original case, order and repeats, except the workshop's own
 * credentials. Cookies ignore ports, so the app origin's cookies reach this origin too; no lab route,
 * log or policy ever sees them.
 */
export function labHeaders(req: IncomingMessage): HeaderList {
  return labHeadersFromRaw(req.rawHeaders);
}

/** `labHeaders` of a flat name, value, name, value … list (Node's `rawHeaders`). */
export function labHeadersFromRaw(rawHeaders: readonly string[]): HeaderList {
  const headers: HeaderList = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] ?? '';
    const value = rawHeaders[i + 1] ?? '';
    const kept = name.toLowerCase() === 'cookie' ? workshopCookieStrip(value) : value;
    if (kept !== undefined) headers.push([name, kept]);
  }
  return headers;
}
