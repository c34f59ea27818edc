import type { ServerRequest, ServerResponse, SimServerSync } from '../http/httpTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { corsHeadersFinal } from './corsHeadersFinal.ts';
import { corsRespond, type CorsDecision } from './corsRespond.ts';

export type ServerRoute = (request: ServerRequest) => ServerResponse;

/**
 * The policy engine in front of a route, combined the way Express `cors` middleware and a handler
 * combine, returning the decision too (the real API logs its notes). The route sees every request the
 * CORS layer lets through, preflights included when `preflight.continue` is on (its answer, often 404,
 * then decides the preflight's status).
 */
export function serverRespond(
  policy: Policy,
  route: ServerRoute,
  request: ServerRequest,
): { decision: CorsDecision; response: ServerResponse } {
  const decision = corsRespond(policy, request);
  if (!decision.continueToRoute) {
    const status = decision.status ?? 204;
    return { decision, response: { status, headers: corsHeadersFinal(decision, status), body: null } };
  }
  const answer = route(request);
  const status = decision.status ?? answer.status;
  // CORS headers go after the route's own, like middleware that runs first but is flushed together.
  const headers = [...answer.headers, ...corsHeadersFinal(decision, status)];
  return { decision, response: { status, headers, body: answer.body ?? null } };
}

/** A simulated API: `serverRespond` as the simulator's server. */
export function serverFromPolicy(policy: Policy, route: ServerRoute): SimServerSync {
  return (request) => serverRespond(policy, route, request).response;
}
