import type { FetchRequest } from '../browser/fetchTypes.ts';
import type { CorsRuleOverride, Policy } from '../policy/policySchema.ts';
import { httpTokenIs } from '../http/httpToken.ts';
import { fixChangeMake, type FixChange, type FixChangeContext } from './fixChangeMake.ts';
import { fixGrants } from './fixGrant.ts';

/** Method names fetch() upper-cases; others go on the wire (and must be allowed) as written. */
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

/**
 * Every atomic change that could matter for this request, whether or not it alone fixes it: the caller
 * simulates each one and each combination it needs, so a change that does nothing is simply dropped.
 */
export function fixChanges(ctx: FixChangeContext): FixChange[] {
  const { rule, request, trace } = ctx;
  const changes: FixChange[] = [];
  const credentialed = request.credentials === 'include';

  if (!rule.enabled) {
    changes.push(
      fixChangeMake(
        'cors-enable',
        { enabled: true },
        'enabled = true',
        'Turn CORS on for this path',
        true,
        'CORS is switched off for this URL, so no response carries CORS headers.',
      ),
    );
  }
  changes.push(...fixGrants(ctx));
  if (credentialed && !rule.credentials) {
    changes.push(
      fixChangeMake(
        'credentials-enable',
        { credentials: true },
        'credentials = true',
        'Allow credentials',
        true,
        "The request is sent with credentials: 'include', and the browser only shares the response if Access-Control-Allow-Credentials is 'true'.",
      ),
    );
  }

  const method = fixChangeMethod(request);
  const methods = rule.allowMethods;
  if (method !== null && methods.mode === 'list' && !methods.values.includes(method)) {
    changes.push(
      fixChangeMake(
        'method-add',
        { allowMethods: { mode: 'list', values: [...methods.values, method] } },
        `allowMethods += ${method}`,
        `Allow the method ${method}`,
        true,
        `The preflight must list ${method} in Access-Control-Allow-Methods (a '*' does not count with credentials).`,
      ),
    );
  }

  const wanted = fixChangeRequestHeaders(ctx);
  const headers = rule.allowHeaders;
  if (headers.mode === 'list') {
    const have = new Set(headers.values.map((h) => h.toLowerCase()));
    const add = wanted.filter((h) => !have.has(h));
    if (add.length > 0) {
      changes.push(
        fixChangeMake(
          'headers-add',
          { allowHeaders: { mode: 'list', values: [...headers.values, ...add] } },
          `allowHeaders += ${add.join(', ')}`,
          `Allow the request header${add.length > 1 ? 's' : ''} ${add.join(', ')}`,
          true,
          'The preflight must name every non-safelisted request header in Access-Control-Allow-Headers (list names: the standard says `*` never covers Authorization, even though Chromium 156 and Firefox 153 still let it).',
        ),
      );
    }
  }

  if (rule.preflight.continue || rule.preflight.status < 200 || rule.preflight.status > 299) {
    const status = rule.preflight.status >= 200 && rule.preflight.status <= 299 ? rule.preflight.status : 204;
    changes.push(
      fixChangeMake(
        'preflight-answer',
        { preflight: { status, continue: false } },
        `preflight = { status: ${status}, continue: false }`,
        `Answer preflights with ${status}`,
        true,
        rule.preflight.continue
          ? 'The preflight is passed on to a route that does not answer it with 2xx; the CORS layer should answer it.'
          : `A preflight needs a 2xx status, and ${rule.preflight.status} is not one.`,
      ),
    );
  }

  const errorStatus = trace.exchanges.some((e) => e.response.status >= 400);
  if (!rule.corsOnErrors && errorStatus) {
    changes.push(
      fixChangeMake(
        'cors-on-errors',
        { corsOnErrors: true },
        'corsOnErrors = true',
        'Keep CORS headers on errors',
        true,
        'The error response lost its CORS headers, so JavaScript sees a CORS failure instead of the real status.',
      ),
    );
  }

  const exposed = new Set(rule.exposeHeaders.map((h) => h.toLowerCase()));
  const unread = ctx.readHeaders.map((h) => h.toLowerCase()).filter((h) => httpTokenIs(h) && !exposed.has(h));
  if (unread.length > 0) {
    changes.push(
      fixChangeMake(
        'expose-add',
        { exposeHeaders: [...rule.exposeHeaders, ...unread] },
        `exposeHeaders += ${unread.join(', ')}`,
        `Expose ${unread.join(', ')} to JavaScript`,
        true,
        'Scripts can only read safelisted response headers unless Access-Control-Expose-Headers names the others.',
      ),
    );
  }
  return changes;
}

function fixChangeMethod(request: FetchRequest): string | null {
  const raw = request.method ?? 'GET';
  const method = normalizedMethods.has(raw.toUpperCase()) ? raw.toUpperCase() : raw;
  return httpTokenIs(method) ? method : null;
}

/** Header names the preflight asked for, or the request's own header names when no preflight went out. */
function fixChangeRequestHeaders(ctx: FixChangeContext): string[] {
  const asked = ctx.trace.preflight.acrh;
  const names = asked !== null ? asked.split(',') : (ctx.request.headers ?? []).map(([name]) => name);
  const lower = names.map((n) => n.trim().toLowerCase()).filter((n) => httpTokenIs(n));
  return lower.filter((n, i) => lower.indexOf(n) === i);
}

/** The policy with `changes` applied to the rule in force: the path rule's override, or the top level. */
export function fixChangeApply(policy: Policy, pathIndex: number | null, changes: FixChange[]): Policy {
  // Policies are plain JSON data; a deep copy keeps the caller's policy (and the engine's caches) intact.
  const copy = JSON.parse(JSON.stringify(policy)) as Policy;
  const fields = Object.assign({}, ...changes.map((c) => c.fields)) as CorsRuleOverride;
  const target = pathIndex === null ? copy : copy.paths[pathIndex]?.override;
  if (target) Object.assign(target, JSON.parse(JSON.stringify(fields)));
  return copy;
}
