import { fixChangeMake, type FixChange, type FixChangeContext } from './fixChangeMake.ts';

/**
 * The ways of granting the request's origin, from the one to recommend (list it exactly) to the ones a
 * learner reaches for first and should not (`null`, reflect, `*`). A fix uses at most one of them.
 */
export function fixGrants(ctx: FixChangeContext): FixChange[] {
  const { rule, request } = ctx;
  const grants: FixChange[] = [];
  const credentialed = request.credentials === 'include';
  const origins = fixGrantOrigins(ctx);
  const named = origins.filter((o) => o !== 'null');
  const listed = rule.origin.mode === 'list' ? rule.origin.allow : [];
  const missing = named.filter((o) => !listed.includes(o));
  const quoted = (list: string[]) => list.map((o) => JSON.stringify(o)).join(', ');

  if (missing.length > 0 || (rule.origin.mode !== 'list' && named.length > 0)) {
    const instead = rule.origin.mode === 'any' && credentialed;
    grants.push({
      ...fixChangeMake(
        'origin-add',
        { origin: { mode: 'list', allow: [...listed, ...missing] } },
        rule.origin.mode === 'list'
          ? `origin.allow += ${quoted(missing)}`
          : `origin = list [${quoted(named)}] (instead of ${rule.origin.mode})`,
        `Allow the origin ${named.join(', ')}`,
        true,
        instead
          ? "Browsers refuse '*' on credentialed requests; naming the page's origin grants exactly that one site."
          : "The browser only shares the response if Access-Control-Allow-Origin names the page's origin; listing one exact origin grants nothing to other sites.",
      ),
      originGrant: 'list',
    });
  }
  if (origins.includes('null') && !listed.includes('null')) {
    grants.push({
      ...fixChangeMake(
        'origin-null',
        { origin: { mode: 'list', allow: [...listed, 'null'] } },
        'origin.allow += "null"',
        "Allow the 'null' origin",
        false,
        "Any site can send 'Origin: null' from a sandboxed iframe or a data: URL, so this allows every site; give the page a real origin instead.",
      ),
      originGrant: 'null',
    });
  }
  if (rule.origin.mode !== 'reflect') {
    grants.push({
      ...fixChangeMake(
        'origin-reflect',
        { origin: { mode: 'reflect' } },
        'origin = reflect',
        'Reflect any origin',
        false,
        credentialed || rule.credentials
          ? "Echoing every Origin with credentials lets any website read your users' data with their cookies."
          : "Echoing every Origin is the same as '*' for requests without credentials: only right for public data.",
      ),
      originGrant: 'reflect',
    });
  }
  if (rule.origin.mode !== 'any' && !credentialed) {
    grants.push({
      ...fixChangeMake(
        'origin-any',
        { origin: { mode: 'any' } },
        "origin = any ('*')",
        "Allow every origin ('*')",
        false,
        "'*' lets every website read these responses through a visitor's browser: only right for public data.",
      ),
      originGrant: 'any',
    });
  }
  return grants;
}

/** The origins the server saw (a cross-origin redirect turns the page's origin into `null`), page first. */
function fixGrantOrigins(ctx: FixChangeContext): string[] {
  const seen = [ctx.request.pageOrigin, ...ctx.trace.exchanges.map((e) => e.origin)];
  return seen.filter((o, i): o is string => o !== null && seen.indexOf(o) === i);
}
