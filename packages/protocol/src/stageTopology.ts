// zod/mini: the app parses these before its first page shows (the config, the event stream).
import * as z from 'zod/mini';

/** The attacker's seats that have a host name of their own (the `null` seats borrow `crossSite`'s). */
export const stageSeatNames = [
  'sibling',
  'crossSite',
  'lookalikeSuffix',
  'lookalikePrefix',
  'lookalikeDot',
] as const;

export type StageSeatName = (typeof stageSeatNames)[number];

/**
 * The challenge stage: one port, one host name per part. The victim's app, API, CDN and the blog
 * seat are same-site siblings under `victimDomain`; the other seats are cross-site to all of them.
 * The same shape names host names (`stageHosts`) or full origins (`stageOrigins`).
 */
export interface StageTopology {
  /** The victim's registrable domain, e.g. `victim.localhost`. */
  victimDomain: string;
  /** `app.victim.localhost`: the victim's web app. */
  victimApp: string;
  /** `api.victim.localhost`: the victim's API, behind the sandbox's live CORS policy. */
  victimApi: string;
  /** `cdn.victim.localhost`: the bank's CDN, a shared cache in front of the victim's API. */
  victimCdn: string;
  /**
   * Attacker seats by name: `sibling` `blog.victim.localhost` (a compromised subdomain), `crossSite`
   * `evil.localhost` (another site), `lookalikeSuffix` `victim.localhost.evil.localhost` (bypasses an
   * unanchored check), `lookalikePrefix` `evilvictim.localhost` (bypasses a suffix check),
   * `lookalikeDot` `app-victim.localhost` (what an unescaped dot in `app.victim` also matches).
   */
  attackers: Record<StageSeatName, string>;
}

/** The stage's host names, from the victim's domain and the cross-site host (`evil.<base domain>`). */
export function stageHosts(victimDomain: string, crossSiteHost: string): StageTopology {
  const crossSiteLabel = crossSiteHost.split('.')[0] ?? 'evil';
  return {
    victimDomain,
    victimApp: `app.${victimDomain}`,
    victimApi: `api.${victimDomain}`,
    victimCdn: `cdn.${victimDomain}`,
    attackers: {
      sibling: `blog.${victimDomain}`,
      crossSite: crossSiteHost,
      lookalikeSuffix: `${victimDomain}.${crossSiteHost}`,
      lookalikePrefix: `${crossSiteLabel}${victimDomain}`,
      lookalikeDot: `app-${victimDomain}`,
    },
  };
}

/** The stage's origins: every host of `hosts` on `port` (the victim's domain stays a bare domain). */
export function stageOrigins(hosts: StageTopology, scheme: 'http' | 'https', port: number): StageTopology {
  const origin = (host: string) => `${scheme}://${host}:${port}`;
  const attackers = Object.fromEntries(
    stageSeatNames.map((seat) => [seat, origin(hosts.attackers[seat])]),
  ) as Record<StageSeatName, string>;
  return {
    victimDomain: hosts.victimDomain,
    victimApp: origin(hosts.victimApp),
    victimApi: origin(hosts.victimApi),
    victimCdn: origin(hosts.victimCdn),
    attackers,
  };
}

/** The host name of a stage origin, e.g. `evil.localhost` from `http://evil.localhost:5175`. */
export function stageOriginHost(origin: string): string {
  return origin.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
}

export const stageTopologySchema = z.object({
  victimDomain: z.string(),
  victimApp: z.string(),
  victimApi: z.string(),
  victimCdn: z.string(),
  attackers: z.object({
    sibling: z.string(),
    crossSite: z.string(),
    lookalikeSuffix: z.string(),
    lookalikePrefix: z.string(),
    lookalikeDot: z.string(),
  }),
});
