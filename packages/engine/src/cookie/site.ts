import { urlParse } from '../http/urlParse.ts';

/**
 * A site as browsers compare them for SameSite and third-party cookie rules: the scheme plus the
 * registrable domain ("schemeful same-site"). The public-suffix list is not shipped: every last label
 * is taken as the public suffix, which holds for the host names the playground uses and for
 * `localhost`, which both browsers treat as one (measured: `a.localhost` and `b.localhost` are
 * cross-site, `x.v.localhost` and `y.v.localhost` are same-site). An IP address is its own site.
 */
export interface Site {
  scheme: string;
  /** The registrable domain, or the whole host when it is an IP address or a bare suffix. */
  domain: string;
}

function siteIsIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** The registrable domain of a host name: the suffix plus one label (`api.victim.localhost` → `victim.localhost`). */
export function siteDomain(host: string): string {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (siteIsIp(name)) return name;
  return name.split('.').slice(-2).join('.');
}

/** The site of a URL or origin; null for an opaque origin (`null`) or something that is not a URL. */
export function siteOf(urlOrOrigin: string): Site | null {
  if (urlOrOrigin === 'null') return null;
  const url = urlParse(urlOrOrigin);
  if (!url || url.origin === 'null') return null;
  return { scheme: url.protocol, domain: siteDomain(url.hostname) };
}

/** Whether two URLs or origins are same-site; an opaque origin is same-site with nothing. */
export function siteSame(a: string, b: string): boolean {
  const left = siteOf(a);
  const right = siteOf(b);
  return left !== null && right !== null && left.scheme === right.scheme && left.domain === right.domain;
}
