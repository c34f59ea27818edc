/**
 * Cookies as the prediction sees them: what a server set (`CookieSetting`), what the browser kept
 * (`CookieJarEntry`) and the request that may carry them (`CookieRequest`).
 */

export type CookieSameSite = 'Strict' | 'Lax' | 'None' | 'unset';

/** The browsers whose cookie rules were measured (see docs/cookies.md). */
export type CookieBrowser = 'chromium' | 'firefox' | 'webkit';

/** A `Set-Cookie` as a server sends it: the attributes that decide when it travels. */
export interface CookieSetting {
  name: string;
  sameSite: CookieSameSite;
  secure: boolean;
  httpOnly: boolean;
  partitioned: boolean;
  /** Default `/`. */
  path?: string;
}

/** A cookie the browser kept: host-only, for the host that set it, under a top-level site. */
export interface CookieJarEntry extends CookieSetting {
  /** The host that set it (host-only cookie: no `Domain` attribute). */
  host: string;
  /** The top-level site when it was set (`http://victim.localhost`); partitioned cookies stay in it. */
  partitionSite: string;
}

/** A fetch that may carry cookies. */
export interface CookieRequest {
  browser: CookieBrowser;
  /** The origin of the document that fetches; `null` for a sandboxed frame. */
  pageOrigin: string;
  /** URL of the top-level document (the page itself unless it is a frame). */
  topLevelUrl: string;
  /** The URL this request goes to (after `redirects`, if any). */
  url: string;
  /** The fetch's credentials mode. */
  credentials: 'omit' | 'same-origin' | 'include';
  /** URLs the request went through before `url`, first the one the page fetched. Default none. */
  redirects?: string[];
}

/** Whether one cookie travels with the request, and why in plain words. */
export interface CookieVerdict {
  name: string;
  sent: boolean;
  reason: string;
}
