import type { SimServerSync } from '../http/httpTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { serverRespond } from '../server/serverFromPolicy.ts';
import { labRoute, type LabRouteOptions } from './labRoute.ts';

/**
 * Request methods Node's HTTP parser (llhttp) accepts — Node's `http.METHODS`. Anything else,
 * including a lower-case `patch` that a browser really sends, is answered `400 Bad Request` with no
 * headers before any handler (or CORS middleware) runs: a real pitfall of every Node server.
 */
export const labNodeMethods: ReadonlySet<string> = new Set([
  'ACL',
  'BIND',
  'CHECKOUT',
  'CONNECT',
  'COPY',
  'DELETE',
  'GET',
  'HEAD',
  'LINK',
  'LOCK',
  'M-SEARCH',
  'MERGE',
  'MKACTIVITY',
  'MKCALENDAR',
  'MKCOL',
  'MOVE',
  'NOTIFY',
  'OPTIONS',
  'PATCH',
  'POST',
  'PROPFIND',
  'PROPPATCH',
  'PURGE',
  'PUT',
  'QUERY',
  'REBIND',
  'REPORT',
  'SEARCH',
  'SOURCE',
  'SUBSCRIBE',
  'TRACE',
  'UNBIND',
  'UNLINK',
  'UNLOCK',
  'UNSUBSCRIBE',
]);

/** What Node sends for a request line it cannot parse. */
export const labParserRejection: { status: number; headers: ReadonlyArray<[string, string]> } = {
  status: 400,
  headers: [['connection', 'close']],
};

/**
 * The lab API exactly as it runs: Node's parser, then the policy engine in front of the lab routes.
 * The simulator uses it as the server so that predictions match the real API.
 */
export function labServer(policy: Policy, options: LabRouteOptions = {}): SimServerSync {
  const route = (request: Parameters<typeof labRoute>[0]) => labRoute(request, options);
  return (request) =>
    labNodeMethods.has(request.method)
      ? serverRespond(policy, route, request).response
      : { status: labParserRejection.status, headers: [...labParserRejection.headers], body: null };
}
