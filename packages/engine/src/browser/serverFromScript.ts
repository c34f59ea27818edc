import type { HeaderList, ServerRequest, SimServerSync } from './../http/httpTypes.ts';
import type { ResponseHeadWire } from './responseHead.ts';

/** A scripted answer: what the server sends for one `METHOD absolute-URL`. */
export interface ScriptedResponse {
  status: number;
  headers: HeaderList;
  body?: string;
  /** The exact status line when it is not `HTTP/1.1 <status> <reason>` (see `ResponseHeadWire`). */
  statusLine?: string;
}

/**
 * A server that answers from a script keyed by `METHOD absolute-URL` (e.g.
 * `OPTIONS http://localhost:4000/x`); a request with no entry gets 404 with no headers. Used by the
 * CLI and the conformance suite.
 */
export function serverFromScript(responses: Record<string, ScriptedResponse>): SimServerSync {
  return (request: ServerRequest): ResponseHeadWire => {
    const key = `${request.method} ${request.url}`;
    const scripted = Object.prototype.hasOwnProperty.call(responses, key) ? responses[key] : undefined;
    if (!scripted) return { status: 404, headers: [], body: null };
    const { status, headers, body, statusLine } = scripted;
    return { status, headers, body: body ?? null, ...(statusLine === undefined ? {} : { statusLine }) };
  };
}
