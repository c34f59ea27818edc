import type { HeaderList } from '../http/httpTypes.ts';
import type { CorsDecision } from './corsRespond.ts';

/**
 * The CORS headers that actually go out once the final status is known: with `corsOnErrors: false` an
 * error response (>= 400) loses them all, as with error handlers that bypass the CORS middleware, which
 * is why a browser then reports a CORS error instead of the real 4xx/5xx.
 */
export function corsHeadersFinal(decision: CorsDecision, routeStatus: number): HeaderList {
  const status = decision.status ?? routeStatus;
  if (decision.dropOnError && status >= 400) return [];
  return decision.headers;
}
