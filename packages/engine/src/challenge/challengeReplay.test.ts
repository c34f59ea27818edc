import { describe, expect, it } from 'vitest';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';
import { challengeFind } from './challengeList.ts';
import { challengeReplayLeaks, type ChallengeExploitRequest } from './challengeReplay.ts';
import { challengeStageTesting } from './challengeStage.testkit.ts';
import type { Challenge } from './challengeTypes.ts';

const stage = challengeStageTesting;

function policy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error('invalid policy');
  return parsed.policy;
}

function challenge(id: string): Challenge {
  const found = challengeFind(id);
  if (!found) throw new Error(`no challenge ${id}`);
  return found;
}

const fromBlog = (path: string, init: Partial<ChallengeExploitRequest> = {}): ChallengeExploitRequest => ({
  origin: stage.attackers.sibling,
  method: 'GET',
  url: `${stage.victimApi}${path}`,
  headers: [['origin', stage.attackers.sibling]],
  body: null,
  sessionTravelled: true,
  ...init,
});

describe('challengeReplayLeaks', () => {
  it('leaks under each challenge’s vulnerable policy and not under its fixed one', () => {
    const cases: [string, ChallengeExploitRequest][] = [
      ['reflect-sibling', fromBlog('/api-key')],
      [
        'preflight-cache',
        fromBlog('/transfer', {
          method: 'POST',
          headers: [['content-type', 'application/json']],
          body: JSON.stringify({ to: 'mallory', amount: 100 }),
        }),
      ],
      ['vary-cache', fromBlog('/rates', { origin: stage.attackers.crossSite, sessionTravelled: false })],
    ];
    for (const [id, request] of cases) {
      const played = challenge(id);
      expect([
        id,
        challengeReplayLeaks(played, policy(played.vulnerablePolicy(stage)), stage, request),
      ]).toEqual([id, true]);
      expect([id, challengeReplayLeaks(played, policy(played.fixedPolicy(stage)), stage, request)]).toEqual([
        id,
        false,
      ]);
    }
  });

  it('judges a policy with its CORS layer off as switched on again', () => {
    const played = challenge('reflect-sibling');
    const off = policy({ ...played.vulnerablePolicy(stage), enabled: false });
    expect(challengeReplayLeaks(played, off, stage, fromBlog('/api-key'))).toBe(true);
  });

  it('replays with the session only when it travelled: the same answer without it holds no key', () => {
    const played = challenge('reflect-sibling');
    const vulnerable = policy(played.vulnerablePolicy(stage));
    expect(
      challengeReplayLeaks(played, vulnerable, stage, fromBlog('/api-key', { sessionTravelled: false })),
    ).toBe(false);
  });
});
