import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { headerListGet } from '../http/headerList.ts';
import type { HeaderList, ServerRequest } from '../http/httpTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { serverFromPolicy } from '../server/serverFromPolicy.ts';
import type { Challenge, ChallengeStage } from './challengeTypes.ts';
import { challengeCollectSolves } from './challengeVerdict.ts';
import { victimRoute, victimSessionCookie, type VictimState } from './victimRoute.ts';

/** The request that exploited a challenge, as the victim's API received it (session values redacted). */
export interface ChallengeExploitRequest {
  /** The page's origin (`null` for an opaque one). */
  origin: string;
  method: string;
  /** Absolute URL on the victim's API. */
  url: string;
  headers: HeaderList;
  body: string | null;
  /** Whether the victim's session travelled with it (the replay attaches one then). */
  sessionTravelled: boolean;
}

/** Headers the browser sets itself: the replay lets the simulated browser set them again. */
const browserSetHeader =
  /^(origin|cookie|host|connection|content-length|via|referer|user-agent|sec-|accept|priority|pragma|cache-control|te$|upgrade)/i;

/**
 * Whether `request`, sent again from its page by a browser with the victim logged in, would still
 * hurt the victim under `policy`: the prize readable by the attacker, a transfer made, or an answer a
 * shared cache would serve the victim's app without the app's origin. A policy whose CORS layer is
 * switched off is judged as switched on again: turning the layer off proves nothing about the policy.
 */
export function challengeReplayLeaks(
  challenge: Challenge,
  policy: Policy,
  stage: ChallengeStage,
  request: ChallengeExploitRequest,
): boolean {
  const live: Policy = policy.enabled ? policy : { ...policy, enabled: true };
  // Fresh secrets: what leaks depends on the policy, not on which run recorded the request.
  const state: VictimState = {
    sessionToken: 'replay-session',
    apiKey: 'replay-api-key',
    internalSecret: 'replay-internal',
    balance: 1000,
    transfers: [],
  };
  const route = (server: ServerRequest) =>
    victimRoute(state, server, { appUrl: stage.victimApp, cookiePath: '/' });
  const session: HeaderList = [['cookie', `${victimSessionCookie}=${state.sessionToken}`]];
  const server = serverFromPolicy(live, (server: ServerRequest) =>
    route(request.sessionTravelled ? { ...server, headers: [...server.headers, ...session] } : server),
  );
  const headers = request.headers
    .filter(([name]) => !browserSetHeader.test(name))
    .map(([name, value]): [string, string] =>
      name.toLowerCase() === 'authorization' && request.sessionTravelled
        ? [name, `Bearer ${state.sessionToken}`]
        : [name, value],
    );
  const trace = simulateFetchSync(
    {
      pageOrigin: request.origin,
      url: request.url,
      method: request.method,
      credentials: request.sessionTravelled ? 'include' : 'omit',
      headers,
      body: request.body,
    },
    server,
    { browser: 'chromium' },
  );
  const actual = trace.exchanges.filter((exchange) => exchange.kind === 'actual').at(-1);
  switch (challenge.goal) {
    case 'transfer':
      return state.transfers.length > 0;
    case 'poison': {
      if (!actual) return false;
      const allowed = headerListGet(actual.response.headers, 'access-control-allow-origin');
      const vary = headerListGet(actual.response.headers, 'vary') ?? '';
      return !/(^|,)\s*(origin|\*)\s*(,|$)/i.test(vary) && allowed !== '*' && allowed !== stage.victimApp;
    }
    default: {
      if (trace.outcome !== 'allowed' || !actual) return false;
      const readable = [actual.response.body ?? '', ...Object.values(trace.response?.headers ?? {})];
      return readable.some((text) => challengeCollectSolves(challenge, state, text));
    }
  }
}
