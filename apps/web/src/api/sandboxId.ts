/**
 * The sandbox this tab works in, from `?sandbox=` (default `default`). Each sandbox has its own live
 * policy and event log on the server; tests and, later, workshop participants each get one.
 */
export const sandboxId = new URLSearchParams(window.location.search).get('sandbox') ?? 'default';

export const sandboxControlBase = `/control/sandboxes/${encodeURIComponent(sandboxId)}`;

/** The lab API URL of `path` (starting with `/`) in this sandbox. */
export function sandboxLabUrl(apiOrigin: string, path: string): string {
  return sandboxId === 'default'
    ? `${apiOrigin}${path}`
    : `${apiOrigin}/s/${encodeURIComponent(sandboxId)}${path}`;
}
