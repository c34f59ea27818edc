import type { HeaderList, ServerRequest, ServerResponse, SimServerSync } from './fetchTypes.ts';

/** A scripted answer: what the server sends for one `METHOD absolute-URL`. */
export interface ScriptedResponse {
  status: number;
  headers: HeaderList;
  body?: string;
}

/**
 * A server that answers from a script keyed by `METHOD absolute-URL` (e.g.
 * `OPTIONS http://localhost:4000/x`); a request with no entry gets 404 with no headers. Used by the
 * CLI and the conformance suite.
 */
export function serverFromScript(responses: Record<string, ScriptedResponse>): SimServerSync {
  return (request: ServerRequest): ServerResponse => {
    const key = `${request.method} ${request.url}`;
    const scripted = Object.prototype.hasOwnProperty.call(responses, key) ? responses[key] : undefined;
    if (!scripted) return { status: 404, headers: [], body: null };
    return { status: scripted.status, headers: scripted.headers, body: scripted.body ?? null };
  };
}
