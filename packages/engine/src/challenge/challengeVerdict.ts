import { simulateFetchSync } from '../browser/simulateFetch.ts';
import type { BrowserName } from '../browser/fetchTypes.ts';
import type { ServerRequest } from '../http/httpTypes.ts';
import type { Policy } from '../policy/policySchema.ts';
import { serverFromPolicy } from '../server/serverFromPolicy.ts';
import type { Challenge, ChallengeStage } from './challengeTypes.ts';
import {
  victimAnswerMark,
  victimRoute,
  victimSessionCookie,
  victimTransferLimit,
  type VictimState,
} from './victimRoute.ts';

/** Whether what reached the attacker's collect endpoint is the challenge's prize. */
export function challengeCollectSolves(challenge: Challenge, state: VictimState, body: string): boolean {
  switch (challenge.goal) {
    case 'apiKey':
      return body.includes(state.apiKey);
    case 'token':
      return body.includes(state.sessionToken);
    case 'internal':
      return body.includes(state.internalSecret);
    case 'answer':
      return body.includes(victimAnswerMark);
    case 'transfer':
      return false; // a transfer is seen by the API, not by the collect endpoint
    case 'poison':
      return false; // the CDN's content decides, not what the attacker read
  }
}

/** Whether the victim's own app can still use its API under `policy` (simulated, nothing changes). */
export function challengeAppWorks(
  policy: Policy,
  stage: ChallengeStage,
  state: VictimState,
  browser: BrowserName = 'chromium',
): { works: boolean; problem: string | null } {
  // A copy: the simulated transfer must not move the real account's money.
  const copy: VictimState = { ...state, transfers: [] };
  const route = (request: ServerRequest) =>
    victimRoute(
      copy,
      // The simulator attaches no cookies; the app's own requests carry the session.
      {
        ...request,
        headers: [...request.headers, ['cookie', `${victimSessionCookie}=${state.sessionToken}`]],
      },
      { appUrl: stage.victimApp, cookiePath: '/' },
    );
  const server = serverFromPolicy(policy, route);
  const transfer = (amount: number) => JSON.stringify({ to: 'bob', amount });
  // The app must read its errors too: an error answer without CORS headers reaches it as a network error.
  const checks = [
    {
      what: 'reading the account',
      url: `${stage.victimApi}/account`,
      method: 'GET',
      body: null,
      status: 200,
    },
    {
      what: 'a transfer (JSON)',
      url: `${stage.victimApi}/transfer`,
      method: 'POST',
      body: transfer(1),
      status: 200,
    },
    {
      what: `reading why a transfer over the limit was refused (${victimTransferLimit + 1})`,
      url: `${stage.victimApi}/transfer`,
      method: 'POST',
      body: transfer(victimTransferLimit + 1),
      status: 422,
    },
  ];
  for (const check of checks) {
    const trace = simulateFetchSync(
      {
        pageOrigin: stage.victimApp,
        url: check.url,
        method: check.method,
        credentials: 'include',
        headers: check.body ? [['content-type', 'application/json']] : [],
        body: check.body,
      },
      server,
      { browser },
    );
    if (!trace.ok || trace.response?.status !== check.status) {
      const saw = trace.ok
        ? `status ${trace.response?.status}`
        : `the browser reports a network error: ${trace.error}`;
      return { works: false, problem: `The app is broken: ${check.what} fails (${saw}).` };
    }
  }
  return { works: true, problem: null };
}

/**
 * Whether the challenge's lesson is that nothing private leaves: its exploit succeeds when the API's
 * answer reaches the attacker (a 401 included) because the session stayed in the browser. Its
 * `exploited` reads "demonstrated" and its prize is "the API's answer", never a theft.
 */
export function challengeShowsNoTheft(challenge: Challenge): boolean {
  return challenge.goal === 'answer';
}
