import {
  labRoute,
  serverRespond,
  type Policy,
  type ServerRequest,
  type ServerResponse,
} from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';

export interface LabExchange {
  response: ServerResponse;
  event: Omit<LabEvent, 'id' | 'sandbox' | 'time'>;
}

function labOriginHeader(request: ServerRequest): string | null {
  return request.headers.find(([name]) => name.toLowerCase() === 'origin')?.[1] ?? null;
}

/**
 * The lab API's behaviour: the engine's policy server around the pure lab routes — exactly what the
 * simulator uses as the server, so predictions and reality can only differ where the browser does.
 */
export function labRespond(policy: Policy, request: ServerRequest): LabExchange {
  const { decision, response } = serverRespond(policy, labRoute, request);
  return {
    response,
    event: {
      kind: decision.branch,
      method: request.method,
      url: request.url,
      origin: labOriginHeader(request),
      requestHeaders: request.headers,
      status: response.status,
      responseHeaders: response.headers,
      notes: decision.notes,
    },
  };
}
