import { describe, expect, it } from 'vitest';
import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';
import { serverFromPolicy } from '../server/serverFromPolicy.ts';
import { challengeList } from './challengeList.ts';
import { challengeStageTesting } from './challengeStage.testkit.ts';
import { challengeSeatIsNull } from './challengeTypes.ts';
import { challengeAppWorks, challengeCollectSolves } from './challengeVerdict.ts';
import { victimRefreshHeader, victimRoute, victimSessionCookie, type VictimState } from './victimRoute.ts';

const stage = challengeStageTesting;

const state = (): VictimState => ({
  sessionToken: 'tok',
  apiKey: 'key-1',
  internalSecret: 'int-1',
  balance: 1000,
  transfers: [],
});

function parsed(input: PolicyInput): Policy {
  const result = policyParse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

/** The victim's API behind `policy`; every request carries the session cookie when `loggedIn`. */
function victimServer(policy: Policy, loggedIn = false) {
  return serverFromPolicy(policy, (request) =>
    victimRoute(
      state(),
      loggedIn
        ? { ...request, headers: [...request.headers, ['cookie', `${victimSessionCookie}=tok`]] }
        : request,
      { appUrl: stage.victimApp, cookiePath: '/' },
    ),
  );
}

/** Whether the attacker's page can read the session token from the exposed header of `/account`. */
function attackerReadsHeader(policy: Policy, origin: string): boolean {
  const server = victimServer(policy, true);
  const trace = simulateFetchSync(
    { pageOrigin: origin, url: `${stage.victimApi}/account`, credentials: 'include' },
    server,
    { browser: 'firefox' },
  );
  return trace.response?.headers[victimRefreshHeader] === 'tok';
}

/** Whether the attacker's page can read `/internal` (needs no cookie) under `policy`, with or without credentials. */
function attackerReads(policy: Policy, origin: string): boolean {
  const server = victimServer(policy);
  return (['include', 'omit'] as const).some(
    (credentials) =>
      simulateFetchSync({ pageOrigin: origin, url: `${stage.victimApi}/internal`, credentials }, server, {
        browser: 'chromium',
      }).ok,
  );
}

describe('challengeList', () => {
  it('has unique ids', () => {
    expect(new Set(challengeList.map((c) => c.id)).size).toBe(challengeList.length);
  });

  for (const challenge of challengeList) {
    describe(challenge.id, () => {
      const vulnerable = parsed(challenge.vulnerablePolicy(stage));
      const fixed = parsed(challenge.fixedPolicy(stage));
      const origin = challengeSeatIsNull(challenge.seat) ? 'null' : stage.attackers[challenge.seat];

      it('lets the victim app work under the fixed policy (and the vulnerable one, unless that is the story)', () => {
        expect(challengeAppWorks(vulnerable, stage, state()).works).toBe(!challenge.startsBroken);
        expect(challengeAppWorks(fixed, stage, state(), 'firefox').works).toBe(true);
      });

      it('lets the attacker read under the vulnerable policy (unless only sending matters), never under the fix', () => {
        // The exposed header is that challenge's prize; its widget may read /account's body on purpose.
        const reads = challenge.id === 'exposed-token' ? attackerReadsHeader : attackerReads;
        // A transfer needs no read, and a poisoned CDN shuts the app out without giving the attacker a read.
        if (challenge.goal !== 'transfer' && challenge.goal !== 'poison')
          expect(reads(vulnerable, origin)).toBe(true);
        expect(reads(fixed, origin)).toBe(false);
      });
    });
  }
});

describe('challengeCollectSolves', () => {
  it('finds the prize in what the attacker collected', () => {
    const [reflect, nullOrigin] = challengeList;
    expect(challengeCollectSolves(reflect!, state(), '{"apiKey":"key-1"}')).toBe(true);
    expect(challengeCollectSolves(reflect!, state(), 'TypeError: Failed to fetch')).toBe(false);
    expect(challengeCollectSolves(nullOrigin!, state(), 'int-1')).toBe(true);
  });
});

describe('challengeAppWorks', () => {
  it('says what broke when the policy shuts the app out', () => {
    const result = challengeAppWorks(parsed({ origin: { mode: 'list', allow: [] } }), stage, state());
    expect(result.works).toBe(false);
    expect(result.problem).toMatch(/reading the account fails/);
  });

  it('says so when error answers lose their CORS headers: the app cannot read why a transfer was refused', () => {
    const policy = parsed({
      origin: { mode: 'list', allow: [stage.victimApp] },
      credentials: true,
      corsOnErrors: false,
    });
    const result = challengeAppWorks(policy, stage, state());
    expect(result.problem).toMatch(
      /over the limit was refused \(5001\) fails \(the browser reports a network error: TypeError/,
    );
  });
});
