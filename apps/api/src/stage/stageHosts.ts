/**
 * The challenge stage's host names. All share one port; the host name alone says who is speaking, so
 * the relations between them are the real ones: the victim's app, API and blog are same-site siblings
 * under one registrable domain, the attacker's other seats are cross-site to all three.
 */
export interface StageHosts {
  /** `app.victim.localhost`: the victim's web app. */
  victimApp: string;
  /** `api.victim.localhost`: the victim's API, behind the sandbox's live CORS policy. */
  victimApi: string;
  /** `cdn.victim.localhost`: the bank's CDN, a shared cache in front of the victim's API. */
  victimCdn: string;
  /** Attacker seats by name. */
  attackers: {
    /** `blog.victim.localhost`: a same-site sibling (a compromised or user-content subdomain). */
    sibling: string;
    /** `evil.localhost`: another site. */
    crossSite: string;
    /** `victim.localhost.evil.localhost`: starts like the victim, a bypass for unanchored checks. */
    lookalikeSuffix: string;
    /** `evilvictim.localhost`: ends like the victim, a bypass for suffix checks. */
    lookalikePrefix: string;
    /** `app-victim.localhost`: what an unescaped dot in `app.victim` also matches. */
    lookalikeDot: string;
  };
}

export function stageHosts(victimDomain: string, crossSiteHost: string): StageHosts {
  const crossSiteLabel = crossSiteHost.split('.')[0] ?? 'evil';
  return {
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
