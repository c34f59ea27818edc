// zod/mini: these schemas ship in the app's initial bundle, which has a size budget.
import * as z from 'zod/mini';

/**
 * How a sandbox is addressed, in one place: its id, the default one, and where it lives on the lab API
 * (`/s/<id>/…`) and on the control plane (`/control/sandboxes/<id>/…`). Ids are URL path segments, so
 * they are short and plain.
 */
/** Longest sandbox id, in characters: ids are URL path segments. */
export const sandboxIdLengthMax = 64;

const sandboxIdPattern = `[A-Za-z0-9_-]{1,${sandboxIdLengthMax}}`;

export const sandboxIdSchema = z.string().check(z.regex(new RegExp(`^${sandboxIdPattern}$`)));

/** The sandbox used when none is named: plain lab API paths and `/control/policy` address it. */
export const sandboxDefaultId = 'default';

/** What an invalid id must look like, for error messages. */
export const sandboxIdRule = `must match ${sandboxIdPattern}`;

/** `/s/<sandbox>/path` addresses a sandbox on the lab API; plain paths use the default one. */
const sandboxLabPrefix = new RegExp(`^/s/(${sandboxIdPattern})(/.*|\\?.*)?$`);

export function sandboxIdIsValid(id: string): boolean {
  return sandboxIdSchema.safeParse(id).success;
}

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
