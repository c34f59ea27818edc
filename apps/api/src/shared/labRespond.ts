import {
  headerListGet,
  labRoute,
  serverRespond,
  type Policy,
  type ServerRequest,
  type ServerResponse,
  type ServerRoute,
} from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';

export interface LabExchange {
  response: ServerResponse;
  event: Omit<LabEvent, 'id' | 'sandbox' | 'time'>;
}

/**
 * The lab API's behaviour: the engine's policy server around the pure lab routes — exactly what the
 * simulator uses as the server, so predictions and reality can only differ where the browser does.
 */
export function labRespond(
  policy: Policy,
  request: ServerRequest,
  /** What answers behind the policy. Default: the lab routes. */
  route: ServerRoute = labRoute,
  /** A note to log before the engine's, saying why this exchange is unusual. Default none. */
  note?: string,
): LabExchange {
  const { decision, response } = serverRespond(policy, route, request);
  return {
    response,
    event: {
      kind: decision.branch,
      method: request.method,
      url: request.url,
      origin: headerListGet(request.headers, 'origin'),
      requestHeaders: request.headers,
      status: response.status,
      responseHeaders: response.headers,
      notes: note === undefined ? decision.notes : [note, ...decision.notes],
    },
  };
}
