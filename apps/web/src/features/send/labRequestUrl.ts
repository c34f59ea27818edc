import { sandboxLabPath } from '@cors-playground/protocol';

/**
 * The lab API URL a request draft's path names in `sandbox`: what Send fetches, what the snippets show
 * and what another origin's sender asks. `bust` (a `name=value` query pair) defeats the browser's
 * caches when given. Default none.
 */
export function labRequestUrl(
  apiOrigin: string,
  sandbox: string,
  path: string,
  bust: string | null = null,
): string {
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  const busted = bust ? `${withSlash}${withSlash.includes('?') ? '&' : '?'}${bust}` : withSlash;
  return `${apiOrigin}${sandboxLabPath(sandbox, busted)}`;
}
