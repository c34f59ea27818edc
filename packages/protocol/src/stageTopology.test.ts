import { describe, expect, it } from 'vitest';
import { stageHosts, stageOriginHost, stageOrigins, stageTopologySchema } from './stageTopology.ts';

describe('stageHosts', () => {
  it('names the default stage: the victim and the blog under victim.localhost, the attacker around it', () => {
    expect(stageHosts('victim.localhost', 'evil.localhost')).toEqual({
      victimDomain: 'victim.localhost',
      victimApp: 'app.victim.localhost',
      victimApi: 'api.victim.localhost',
      victimCdn: 'cdn.victim.localhost',
      attackers: {
        sibling: 'blog.victim.localhost',
        crossSite: 'evil.localhost',
        lookalikeSuffix: 'victim.localhost.evil.localhost',
        lookalikePrefix: 'evilvictim.localhost',
        lookalikeDot: 'app-victim.localhost',
      },
    });
  });

  it('follows a base domain: --base-domain cors.example gives victim.cors.example and evil.cors.example', () => {
    const hosts = stageHosts('victim.cors.example', 'evil.cors.example');
    expect(hosts.victimCdn).toBe('cdn.victim.cors.example');
    expect(hosts.attackers).toEqual({
      sibling: 'blog.victim.cors.example',
      crossSite: 'evil.cors.example',
      lookalikeSuffix: 'victim.cors.example.evil.cors.example',
      lookalikePrefix: 'evilvictim.cors.example',
      lookalikeDot: 'app-victim.cors.example',
    });
  });
});

describe('stageOrigins', () => {
  const origins = stageOrigins(stageHosts('victim.cors.example', 'attacker.test'), 'https', 8443);

  it('puts every host on the one stage port and keeps the victim domain bare', () => {
    expect(origins.victimDomain).toBe('victim.cors.example');
    expect(origins.victimApp).toBe('https://app.victim.cors.example:8443');
    expect(origins.victimApi).toBe('https://api.victim.cors.example:8443');
    expect(origins.victimCdn).toBe('https://cdn.victim.cors.example:8443');
    expect(origins.attackers.crossSite).toBe('https://attacker.test:8443');
    expect(origins.attackers.lookalikePrefix).toBe('https://attackervictim.cors.example:8443');
  });

  it('passes its own schema, and each origin gives back its host', () => {
    expect(stageTopologySchema.parse(origins)).toEqual(origins);
    expect(stageOriginHost(origins.attackers.lookalikeSuffix)).toBe('victim.cors.example.attacker.test');
  });
});
