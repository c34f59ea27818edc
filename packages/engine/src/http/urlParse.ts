/**
 * WHATWG URL parsing through the platform's `URL` class. The engine's tsconfig has no DOM or Node
 * types (packages stay pure), so the constructor is typed locally instead of declaring a global that
 * other files could declare differently.
 */
export interface ParsedUrl {
  readonly href: string;
  readonly protocol: string;
  readonly username: string;
  readonly password: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  /** Serialized origin; `null` for opaque origins. */
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

type UrlConstructor = new (url: string, base?: string) => ParsedUrl;

const UrlClass = (globalThis as unknown as { URL: UrlConstructor }).URL;

/**
 * Parsed absolute URLs, reused because a page fetches the same few URLs over and over and `URL`'s
 * getters recompute on every read. Snapshots are frozen, so sharing them is safe. Bounded.
 */
const memo = new Map<string, ParsedUrl | null>();
const memoMax = 512;

function urlSnapshot(url: ParsedUrl): ParsedUrl {
  return Object.freeze({
    href: url.href,
    protocol: url.protocol,
    username: url.username,
    password: url.password,
    host: url.host,
    hostname: url.hostname,
    port: url.port,
    origin: url.origin,
    pathname: url.pathname,
    search: url.search,
    hash: url.hash,
  });
}

function urlParseFresh(input: string, base?: string): ParsedUrl | null {
  try {
    return urlSnapshot(base === undefined ? new UrlClass(input) : new UrlClass(input, base));
  } catch {
    return null;
  }
}

/** Parses `input` (relative to `base` when given); null when it is not a valid URL. */
export function urlParse(input: string, base?: string): ParsedUrl | null {
  if (base !== undefined) return urlParseFresh(input, base);
  const known = memo.get(input);
  if (known !== undefined) return known;
  const parsed = urlParseFresh(input);
  if (memo.size >= memoMax) memo.clear();
  memo.set(input, parsed);
  return parsed;
}

/** Whether the URL is fetched over HTTP, the only schemes CORS applies to. */
export function urlIsHttp(url: ParsedUrl): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** Whether the URL carries a username or password (`https://user:pass@host/`). */
export function urlHasCredentials(url: ParsedUrl): boolean {
  return url.username !== '' || url.password !== '';
}

/** The URL without its fragment: fragments never reach the server nor error messages. */
export function urlWithoutFragment(url: ParsedUrl): string {
  return url.hash === '' ? url.href : url.href.slice(0, url.href.length - url.hash.length);
}
