/**
 * How a sandbox is addressed, in one place: the default one, and where a sandbox lives on the lab API
 * (`/s/<id>/…`) and on the control plane (`/control/sandboxes/<id>/…`). No schema here: the app's first
 * paint builds these paths, and zod stays out of its bundle (the id's rule is `sandboxIdSchema`).
 */
/** Longest sandbox id, in characters: ids are URL path segments. */
export const sandboxIdLengthMax = 64;

/** A sandbox id's characters, as a regular expression source (no anchors). */
export const sandboxIdPattern = `[A-Za-z0-9_-]{1,${sandboxIdLengthMax}}`;

/** The sandbox used when none is named: plain lab API paths and `/control/policy` address it. */
export const sandboxDefaultId = 'default';

/** `/s/<sandbox>/path` addresses a sandbox on the lab API; plain paths use the default one. */
const sandboxLabPrefix = new RegExp(`^/s/(${sandboxIdPattern})(/.*|\\?.*)?$`);

/** The lab API path (starting with `/`) of `path` in `sandbox`; the default sandbox has no prefix. */
export function sandboxLabPath(sandbox: string, path: string): string {
  return sandbox === sandboxDefaultId ? path : `/s/${encodeURIComponent(sandbox)}${path}`;
}

/**
 * Splits a lab API path (or path + query) into the sandbox it addresses and the path as that sandbox's
 * routes see it: `/s/abc/data?x=1` → `{ sandbox: 'abc', path: '/data?x=1' }`; `/data` → the default.
 */
export function sandboxLabPathParse(target: string): { sandbox: string; path: string } {
  const match = sandboxLabPrefix.exec(target);
  if (!match) return { sandbox: sandboxDefaultId, path: target };
  const rest = match[2] ?? '/';
  return { sandbox: match[1] ?? sandboxDefaultId, path: rest.startsWith('?') ? `/${rest}` : rest };
}

/**
 * The stage path of a challenge run: `/s/<token>` then `path` (default none). The stage is addressed by
 * the run's token, never by the sandbox id; the same `/s/` grammar as the lab API's.
 */
export function stageTokenPath(token: string, path = ''): string {
  return `/s/${encodeURIComponent(token)}${path}`;
}

/** The control-plane base of a sandbox, e.g. `/control/sandboxes/abc` (no trailing slash). */
export function sandboxControlBase(sandbox: string): string {
  return `/control/sandboxes/${encodeURIComponent(sandbox)}`;
}
