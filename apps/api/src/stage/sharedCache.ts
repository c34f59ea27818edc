import CachePolicy from 'http-cache-semantics';
import { headerListGet, type HeaderList, type ServerResponse } from '@cors-playground/engine';

/** A request as the shared cache sees it: `path` includes the query; `headers` as the browser sent them. */
export interface SharedCacheRequest {
  method: string;
  path: string;
  headers: HeaderList;
}

/** nginx's `$upstream_cache_status` words: what the cache did for one answer. */
export type SharedCacheStatus = 'MISS' | 'HIT' | 'REVALIDATED' | 'EXPIRED' | 'BYPASS';

export interface SharedCacheAnswer extends ServerResponse {
  cacheStatus: SharedCacheStatus;
}

/** One stored answer: the headers it was stored with, and which request headers select it. */
export interface SharedCacheEntry {
  path: string;
  status: number;
  headers: HeaderList;
  body: string;
  etag: string | null;
  /** The `Origin` of the request that stored it (null: none), for the UI. */
  storedFor: string | null;
  /** Epoch ms after which the entry must be revalidated. */
  freshUntil: number;
  /** The varied request headers and the values that select this entry; empty when nothing varies. */
  vary: Array<[name: string, value: string | null]>;
}

/** The upstream the cache forwards to (in-process: the victim's API behind its live policy). */
export type SharedCacheUpstream = (request: SharedCacheRequest) => ServerResponse;

/** Bounds of one cache (docs/bounds.md). */
export const sharedCacheLimits = { entries: 32, bodyChars: 16 * 1024 };

function headersObject(headers: HeaderList): Record<string, string> {
  return Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));
}

/** Whether `entry` answers `request`: the same path, and the same values of every header it varies on. */
function sharedCacheSelects(entry: SharedCacheEntry, request: SharedCacheRequest): boolean {
  return (
    entry.path === request.path &&
    entry.vary.every(([name, value]) => headerListGet(request.headers, name) === value)
  );
}

function varyOf(headers: HeaderList, request: SharedCacheRequest): SharedCacheEntry['vary'] {
  const names = (headerListGet(headers, 'vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return names.map((name) => [name, headerListGet(request.headers, name)]);
}

/**
 * A shared cache (a CDN) in front of the victim's API that behaves as nginx 1.22's `proxy_cache` with
 * `proxy_cache_revalidate on` does, measured side by side in `e2e/nginx/sharedCache.nginx.test.ts`:
 * - the key is the path plus the request headers the stored answer's `Vary` names: without
 *   `Vary: Origin`, one origin's answer (and its `Access-Control-Allow-Origin`) is served to every origin;
 * - a stale entry with an `ETag` is revalidated with `If-None-Match`; on a 304 the stored headers are
 *   kept (only the freshness and the `Vary` of the 304 are taken), so a policy fixed upstream does not
 *   reach an entry stored before the fix: the 304 trap.
 * Storability and lifetime follow RFC 9111 (http-cache-semantics, as a shared cache).
 */
export class SharedCache {
  private entries: SharedCacheEntry[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** The entry that would answer `request`, fresh or not; undefined on a miss. */
  lookup(request: SharedCacheRequest): SharedCacheEntry | undefined {
    return this.entries.find((entry) => sharedCacheSelects(entry, request));
  }

  /** Answers `request` from the cache or from `upstream`, storing what may be stored. */
  fetch(request: SharedCacheRequest, upstream: SharedCacheUpstream): SharedCacheAnswer {
    // The client's own validators stay out: the cache asks upstream with its own (as nginx does).
    const forwarded = {
      ...request,
      headers: request.headers.filter(([name]) => !/^if-(none-match|modified-since)$/i.test(name)),
    };
    if (request.method !== 'GET') return { ...upstream(forwarded), cacheStatus: 'BYPASS' };
    const entry = this.lookup(request);
    if (entry && entry.freshUntil > this.now()) return { ...this.answerOf(entry), cacheStatus: 'HIT' };
    if (entry?.etag) {
      const answer = upstream({
        ...forwarded,
        headers: [...forwarded.headers, ['if-none-match', entry.etag]],
      });
      if (answer.status === 304) {
        // The 304's own Cache-Control sets the new lifetime (a 304 alone is not a storable status).
        entry.freshUntil =
          this.now() + this.policyOf(request, { ...answer, status: entry.status }).timeToLive();
        const vary = varyOf(answer.headers, request);
        if (vary.length > 0) entry.vary = vary;
        return { ...this.answerOf(entry), cacheStatus: 'REVALIDATED' };
      }
      this.store(request, answer);
      return { ...answer, cacheStatus: 'EXPIRED' };
    }
    const answer = upstream(forwarded);
    this.store(request, answer);
    return { ...answer, cacheStatus: entry ? 'EXPIRED' : 'MISS' };
  }

  /** Makes every entry stale, as if its lifetime had passed (the next use revalidates it). */
  expireAll(): void {
    for (const entry of this.entries) entry.freshUntil = 0;
  }

  purge(): void {
    this.entries = [];
  }

  /** What the cache holds, oldest first. */
  list(): readonly SharedCacheEntry[] {
    return this.entries;
  }

  private answerOf(entry: SharedCacheEntry): ServerResponse {
    return { status: entry.status, headers: entry.headers, body: entry.body };
  }

  private policyOf(request: SharedCacheRequest, answer: ServerResponse): CachePolicy {
    return new CachePolicy(
      { url: request.path, method: request.method, headers: headersObject(request.headers) },
      { status: answer.status, headers: headersObject(answer.headers) },
      { shared: true },
    );
  }

  private store(request: SharedCacheRequest, answer: ServerResponse): void {
    const body = answer.body ?? '';
    if (answer.status !== 200 || body.length > sharedCacheLimits.bodyChars) return;
    const policy = this.policyOf(request, answer);
    const lifetimeMs = policy.timeToLive();
    const vary = varyOf(answer.headers, request);
    if (!policy.storable() || lifetimeMs <= 0 || vary.some(([name]) => name === '*')) return;
    const entry: SharedCacheEntry = {
      path: request.path,
      status: answer.status,
      headers: answer.headers,
      body,
      etag: headerListGet(answer.headers, 'etag'),
      storedFor: headerListGet(request.headers, 'origin'),
      freshUntil: this.now() + lifetimeMs,
      vary,
    };
    // A new answer for the same key replaces the old one.
    this.entries = this.entries.filter((old) => !sharedCacheSelects(old, request));
    this.entries.push(entry);
    if (this.entries.length > sharedCacheLimits.entries) this.entries.shift();
  }
}
