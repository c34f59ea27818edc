import type { ServerRequest, ServerResponse, SimServerSync } from '../browser/fetchTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { corsHeadersFinal } from './corsHeadersFinal.ts';
import { corsRespond } from './corsRespond.ts';

/**
 * A simulated API: the policy engine in front of a route, combined the way Express `cors` middleware
 * and a handler combine. The route sees every request the CORS layer lets through, preflights included
 * when `preflight.continue` is on (its answer, often 404, then decides the preflight's status).
 */
export function serverFromPolicy(
  policy: Policy,
  route: (request: ServerRequest) => ServerResponse,
): SimServerSync {
  return (request) => {
    const decision = corsRespond(policy, request);
    if (!decision.continueToRoute) {
      const status = decision.status ?? 204;
      return { status, headers: corsHeadersFinal(decision, status), body: null };
    }
    const answer = route(request);
    const status = decision.status ?? answer.status;
    // CORS headers go after the route's own, like middleware that runs first but is flushed together.
    return {
      status,
      headers: [...answer.headers, ...corsHeadersFinal(decision, status)],
      body: answer.body ?? null,
    };
  };
}
