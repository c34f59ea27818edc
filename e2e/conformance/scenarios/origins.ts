/**
 * The origins scenarios use. All are loopback; `*.localhost` resolves to loopback in both browsers.
 * `localhost:17001` → `localhost:17002` is same-site cross-origin; `localhost` → `127.0.0.1` and
 * `a.localhost` → `b.localhost` are cross-site.
 */
export const origins = {
  /** The page most scenarios run on. */
  page: 'http://localhost:17001',
  /** Same-site, cross-origin API. */
  api: 'http://localhost:17002',
  /** A third same-site origin, for redirect hops. */
  third: 'http://localhost:17003',
  /** Cross-site from `page` (different host). */
  ip: 'http://127.0.0.1:17002',
  siteA: 'http://a.localhost:17001',
  siteB: 'http://b.localhost:17002',
  /** Same-site with siteA, cross-origin. */
  siteA2: 'http://a.localhost:17003',
} as const;
