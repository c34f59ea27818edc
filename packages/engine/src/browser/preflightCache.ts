import type { BrowserName, RequestCacheMode } from './fetchTypes.ts';
import type { PreflightGrant } from './preflightResult.ts';

/**
 * The CORS-preflight cache (https://fetch.spec.whatwg.org/#cors-preflight-cache), keyed as each
 * browser keys it. Chromium keeps one result per (origin, URL) that remembers whether it was made
 * with credentials, and a new preflight replaces it. Firefox keys by (origin, URL, with-credentials)
 * and merges method and header tokens, each with its own expiry. WebKit keeps one result per (origin,
 * URL) as Chromium does (CrossOriginPreflightResultCache.cpp). Create one per simulated page.
 */
export interface PreflightCache {
  readonly chromium: Map<string, ChromiumEntry>;
  readonly firefox: Map<string, FirefoxEntry>;
  /** Entries shaped as Chromium's. */
  readonly webkit: Map<string, ChromiumEntry>;
}

interface ChromiumEntry {
  expiresAt: number;
  include: boolean;
  methods: string[];
  /** Lower-case. */
  headers: string[];
}

interface FirefoxEntry {
  methods: Map<string, number>;
  /** Lower-cased token → expiry (Firefox compares header tokens case-insensitively). */
  headers: Map<string, number>;
}

/** The request a cache lookup is for. */
export interface PreflightCacheQuery {
  origin: string;
  url: string;
  include: boolean;
  method: string;
  /** CORS-unsafe header names, lower-case. */
  headers: string[];
  cache: RequestCacheMode;
}

export function preflightCacheCreate(): PreflightCache {
  return { chromium: new Map(), firefox: new Map(), webkit: new Map() };
}

/** The per-(origin, URL) map Chromium and WebKit keep. */
function preflightCacheSingle(
  cache: PreflightCache,
  browser: 'chromium' | 'webkit',
): Map<string, ChromiumEntry> {
  return browser === 'chromium' ? cache.chromium : cache.webkit;
}

/** Cache modes that make the browser skip the preflight cache (its load flags bypass caches). */
function preflightCacheBypassed(mode: RequestCacheMode, browser: BrowserName): boolean {
  if (mode === 'reload' || mode === 'no-store') return true;
  return browser === 'chromium' && mode === 'no-cache';
}

function chromiumAllows(entry: ChromiumEntry, query: PreflightCacheQuery): boolean {
  if (!entry.include && query.include) return false;
  const method = query.method;
  const safe = method === 'GET' || method === 'HEAD' || method === 'POST';
  if (!safe && !entry.methods.includes(method) && !(!entry.include && entry.methods.includes('*')))
    return false;
  const wildcard = !entry.include && entry.headers.includes('*');
  return query.headers.every((name) => wildcard || entry.headers.includes(name));
}

function firefoxAllows(entry: FirefoxEntry, query: PreflightCacheQuery, now: number): boolean {
  for (const [token, expiry] of entry.methods) if (now >= expiry) entry.methods.delete(token);
  for (const [token, expiry] of entry.headers) if (now >= expiry) entry.headers.delete(token);
  // Firefox skips the method lookup only for GET and POST, and matches `*` literally here.
  if (query.method !== 'GET' && query.method !== 'POST' && !entry.methods.has(query.method)) return false;
  return query.headers.every((name) => entry.headers.has(name));
}

function firefoxKey(query: { origin: string; url: string; include: boolean }): string {
  return `${query.origin} ${query.url} ${query.include}`;
}

/** Whether a cached preflight lets the request skip a new one (`now` in milliseconds). */
export function preflightCacheMatch(
  cache: PreflightCache,
  browser: BrowserName,
  query: PreflightCacheQuery,
  now: number,
): boolean {
  if (preflightCacheBypassed(query.cache, browser)) return false;
  if (browser !== 'firefox') {
    const entry = preflightCacheSingle(cache, browser).get(`${query.origin} ${query.url}`);
    return entry !== undefined && entry.expiresAt > now && chromiumAllows(entry, query);
  }
  const entry = cache.firefox.get(firefoxKey(query));
  return entry !== undefined && firefoxAllows(entry, query, now);
}

/** Stores a successful preflight's grant. */
export function preflightCacheStore(
  cache: PreflightCache,
  browser: BrowserName,
  query: { origin: string; url: string; include: boolean },
  grant: PreflightGrant,
  now: number,
): void {
  const expiresAt = now + grant.maxAge * 1000;
  if (browser !== 'firefox') {
    preflightCacheSingle(cache, browser).set(`${query.origin} ${query.url}`, {
      expiresAt,
      include: query.include,
      methods: grant.methods,
      headers: grant.headers,
    });
    return;
  }
  if (grant.maxAge === 0) return;
  const key = firefoxKey(query);
  let entry = cache.firefox.get(key);
  if (!entry) {
    entry = { methods: new Map(), headers: new Map() };
    cache.firefox.set(key, entry);
  }
  for (const method of grant.methods) entry.methods.set(method, expiresAt);
  for (const header of grant.headers) entry.headers.set(header.toLowerCase(), expiresAt);
}

/** Firefox forgets a URL's preflights (with and without credentials) when a CORS check fails on it. */
export function preflightCacheForget(
  cache: PreflightCache,
  browser: BrowserName,
  origin: string,
  url: string,
): void {
  if (browser !== 'firefox') return;
  cache.firefox.delete(firefoxKey({ origin, url, include: true }));
  cache.firefox.delete(firefoxKey({ origin, url, include: false }));
}

/**
 * A preflight that fails its checks takes the URL's cached entry with it in Chromium and Firefox, so
 * the next request is preflighted again even if the old entry covered it; WebKit keeps the entry
 * (observed by the conformance suite).
 */
export function preflightCacheForgetFailed(
  cache: PreflightCache,
  browser: BrowserName,
  query: { origin: string; url: string },
): void {
  if (browser === 'chromium') cache.chromium.delete(`${query.origin} ${query.url}`);
  preflightCacheForget(cache, browser, query.origin, query.url);
}
