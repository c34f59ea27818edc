import { sandboxLabPath } from '@cors-playground/protocol/paths';

function labPathBusted(path: string, bust: string | null): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return bust ? `${withSlash}${withSlash.includes('?') ? '&' : '?'}${bust}` : withSlash;
}

/**
 * The lab API URL a request draft's path names in `sandbox`: what Send fetches, what the snippets show
 * and what another origin's sender asks. The one place the client adds the sandbox prefix. `bust` (a
 * `name=value` query pair) defeats the browser's caches when given. Default none.
 */
export function labRequestUrl(
  apiOrigin: string,
  sandbox: string,
  path: string,
  bust: string | null = null,
): string {
  return `${apiOrigin}${sandboxLabPath(sandbox, labPathBusted(path, bust))}`;
}

/**
 * The same URL as the sandbox's routes see it, without the prefix (the server records it so): what the
 * prediction fetches and what a server event's URL is compared with. `bust` as in `labRequestUrl`.
 */
export function labRouteUrl(apiOrigin: string, path: string, bust: string | null = null): string {
  return `${apiOrigin}${labPathBusted(path, bust)}`;
}
