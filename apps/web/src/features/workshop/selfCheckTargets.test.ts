import { describe, expect, it } from 'vitest';
import { stageHosts, stageOrigins, type PlaygroundConfig } from '@cors-playground/protocol';
import * as selfCheck from './selfCheckTargets.ts';

const stage = (host: string) => `http://${host}:5175`;
const config: PlaygroundConfig = {
  appOrigin: 'http://class.example.org:5173',
  apiOrigin: 'http://class.example.org:4000',
  otherOrigin: 'http://class.example.org:5174',
  crossSiteOrigin: 'http://evil.localhost:5174',
  stage: stageOrigins(stageHosts('victim.localhost', 'evil.localhost'), 'http', 5175),
};
const lan = config.appOrigin;

describe('selfCheckTargets', () => {
  it('lists every origin the labs use, the stage seats included', () => {
    expect(selfCheck.selfCheckTargets(config).map((target) => target.origin)).toEqual([
      config.apiOrigin,
      config.otherOrigin,
      config.crossSiteOrigin,
      config.stage.victimApp,
      config.stage.victimApi,
      stage('blog.victim.localhost'),
      stage('evil.localhost'),
      stage('victim.localhost.evil.localhost'),
      stage('evilvictim.localhost'),
      stage('app-victim.localhost'),
    ]);
  });
});

describe('selfCheckPingOutcome', () => {
  const [api, , crossSite] = selfCheck.selfCheckTargets(config);

  it('passes when this playground answers', () => {
    expect(selfCheck.selfCheckPingOutcome(api!, { kind: 'ours' }, lan).status).toBe('pass');
  });

  it('says a *.localhost name is the participant’s own machine on a LAN, and what to ask for', () => {
    const outcome = selfCheck.selfCheckPingOutcome(crossSite!, { kind: 'unreachable' }, lan);
    expect(outcome).toEqual({ status: 'fail', detail: expect.stringMatching(/own machine.*--base-domain/) });
    // Another playground answering there (the participant's own) is the same mistake.
    expect(
      selfCheck.selfCheckPingOutcome(crossSite!, { kind: 'foreign', app: 'http://localhost:5173' }, lan)
        .detail,
    ).toMatch(/own machine/);
  });

  it('names the host and port when a LAN name is unreachable', () => {
    expect(selfCheck.selfCheckPingOutcome(api!, { kind: 'unreachable' }, lan).detail).toMatch(
      /cannot reach http:\/\/class\.example\.org:4000.*port 4000/,
    );
  });
});

describe('the other checks', () => {
  it('wants the app at the address the server announces', () => {
    expect(selfCheck.selfCheckAppOutcome(lan, lan).status).toBe('pass');
    expect(selfCheck.selfCheckAppOutcome(lan, 'http://192.168.1.10:5173').detail).toMatch(
      /open http:\/\/class/,
    );
  });

  it('asks for https when the page is not a secure context', () => {
    expect(selfCheck.selfCheckSecureOutcome(true, lan).status).toBe('pass');
    expect(selfCheck.selfCheckSecureOutcome(false, lan).detail).toMatch(/--tls-cert/);
  });

  it('reads the cookie probes: the sibling must get the cookie, the attacker must not', () => {
    const probed = (sibling: boolean | undefined, crossSite: boolean | undefined) =>
      selfCheck.selfCheckCookieOutcomes({
        kind: 'probed',
        sibling: { origin: 'http://blog.x', received: sibling },
        crossSite: { origin: 'http://evil.y', received: crossSite },
      });
    expect(probed(true, false)).toMatchObject({ sibling: { status: 'pass' }, crossSite: { status: 'pass' } });
    const wrong = probed(false, true);
    expect(wrong.sibling.status).toBe('fail');
    expect(wrong.crossSite.detail).toMatch(/--cross-site-host/);
    expect(probed(undefined, false).sibling.detail).toMatch(/could not ask/);
    expect(selfCheck.selfCheckCookieOutcomes({ kind: 'blocked' }).sibling.detail).toMatch(/pop-up/);
  });
});
