import type { PolicyInput } from '@cors-playground/engine';
import { apacheEnvFacts, type ApacheEnv, type ApacheEnvFacts } from './apacheEnv.ts';
import type { ImportDraft } from './importDraft.ts';
import { importOriginMatchable } from './importOrigin.ts';

/** One `Header` line sending a CORS header (or Vary). */
export interface ApacheHeader {
  /** Lower case. */
  name: string;
  value: string;
  /** The `always` table (error responses and Apache's own answers too) rather than `onsuccess`. */
  always: boolean;
  line: number;
  env: { name: string; negate: boolean } | null;
}

/** One `RewriteRule` with the `RewriteCond`s before it (`%{…} pattern` each). */
export interface ApacheRewrite {
  conds: string[];
  flags: string;
  line: number;
  /** `RewriteRule ^ - […]`: applies to every path, substitutes nothing. */
  plain: boolean;
}

type Held = 'origin' | 'acrm' | 'acrh';

/** Which request value a header value copies (`%{VAR}e` of a SetEnvIf "^(.+)$" $1), or null. */
function apacheRuleHeld(envs: Map<string, ApacheEnv>, value: string): Held | null {
  const env = /^%\{([^}]+)\}e$/.exec(value);
  const held = env ? envs.get(env[1]!) : undefined;
  if (held?.kind === 'holds') return held.of;
  if (held?.kind === 'origins' && held.holds) return 'origin';
  return null;
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

/**
 * The policy the `Header` lines send, with the variables they depend on: Access-Control-Allow-Origin
 * must be sent to preflights and actual requests alike (one line for both, or one for each with the
 * same origins), every other header follows it.
 */
export function apacheImportPolicy(
  draft: ImportDraft,
  envs: Map<string, ApacheEnv>,
  headers: ApacheHeader[],
  rewrites: ApacheRewrite[],
): PolicyInput {
  const facts = new Map<ApacheHeader, ApacheEnvFacts>();
  for (const h of headers) {
    // mod_headers has no request-header specifier: %{X}i is "i=" and its idle percentage (X ignored).
    if (/%\{[^}]+\}i/.test(h.value)) {
      draft.error(
        h.line,
        `mod_headers reads %{…}i as "i=<idle percent>", not a request header: copy it with SetEnvIf X "^(.+)$" VAR=$1 and "%{VAR}e"`,
      );
      continue;
    }
    const f = h.env ? apacheEnvFacts(envs, h.env.name, h.env.negate) : { origins: null, preflight: null };
    if (typeof f === 'string') draft.error(h.line, f);
    else facts.set(h, f);
  }
  const of = (name: string) => headers.filter((h) => h.name === name && facts.has(h));
  const acao = of('access-control-allow-origin');
  if (acao.length === 0) {
    if (headers.length > 0)
      draft.error(
        headers[0]!.line,
        'no Header set Access-Control-Allow-Origin: no response is readable cross-origin',
      );
    return { enabled: false };
  }
  const preflight = acao.filter((h) => facts.get(h)!.preflight !== false);
  const actual = acao.filter((h) => facts.get(h)!.preflight !== true);
  if (preflight.length !== 1 || actual.length !== 1) {
    draft.error(
      acao[0]!.line,
      'Access-Control-Allow-Origin must be sent once to preflights and once to actual requests',
    );
    return {};
  }
  const origin = (h: ApacheHeader): PolicyInput['origin'] | string => {
    const allowed = facts.get(h)!.origins;
    const entries = allowed ? envs.get(allowed) : undefined;
    if (h.value === '*')
      return allowed
        ? 'sends * to some origins only: the playground sends * to every origin or echoes listed ones'
        : { mode: 'any' };
    if (!allowed && importOriginMatchable(h.value)) {
      draft.note(
        `Access-Control-Allow-Origin: ${h.value} is sent to every origin; browsers allow only that one, as the imported list says (no Vary needed).`,
      );
      return { mode: 'list', allow: [h.value] };
    }
    if (apacheRuleHeld(envs, h.value) !== 'origin')
      return `Access-Control-Allow-Origin "${h.value}": only *, one origin or the request's Origin (a SetEnvIf Origin "^(.+)$" $1 variable) is read`;
    if (!allowed) return { mode: 'reflect' };
    return { mode: 'list', allow: entries?.kind === 'origins' ? entries.entries : [] };
  };
  const [p, a] = [origin(preflight[0]!), origin(actual[0]!)];
  for (const [o, h] of [
    [p, preflight[0]!],
    [a, actual[0]!],
  ] as const)
    if (typeof o === 'string') draft.error(h.line, o);
  if (typeof p === 'string' || typeof a === 'string') return {};
  if (JSON.stringify(p) !== JSON.stringify(a)) {
    draft.error(
      actual[0]!.line,
      'preflights and actual requests allow different origins: the playground has one origin rule',
    );
    return {};
  }
  const sent = (name: string, when: 'preflight' | 'actual') =>
    of(name).find((h) => facts.get(h)!.preflight !== (when === 'preflight' ? false : true));
  const mirrored = (name: string, held: Held): { mode: 'reflect' } | { mode: 'list'; values: string[] } => {
    const h = sent(name, 'preflight');
    if (!h) return { mode: 'list', values: [] };
    return apacheRuleHeld(envs, h.value) === held
      ? { mode: 'reflect' }
      : { mode: 'list', values: list(h.value) };
  };
  const maxAge = sent('access-control-max-age', 'preflight');
  if (maxAge && !/^-?\d+$/.test(maxAge.value))
    draft.error(maxAge.line, 'Access-Control-Max-Age must be a number');
  const expose = sent('access-control-expose-headers', 'actual');
  const varies = (name: string) =>
    of('vary').some((h) => h.value.toLowerCase().includes(name) && facts.get(h)!.preflight !== false);
  for (const [field, name] of [
    ['Allow-Methods', 'access-control-request-method'],
    ['Allow-Headers', 'access-control-request-headers'],
  ] as const) {
    const copied = sent(`access-control-${field.toLowerCase()}`, 'preflight');
    if (copied && apacheRuleHeld(envs, copied.value) && !varies(name))
      draft.note(
        `Access-Control-${field} copies the request without Vary: ${name}: the playground adds that Vary to preflights, so shared caches keep apart what yours may mix up.`,
      );
  }
  const vary = of('vary').some(
    (h) => /(^|,)\s*origin\s*(,|$)/i.test(h.value) && facts.get(h)!.preflight !== true,
  );
  const status = apacheRuleRewrites(draft, envs, rewrites);
  if (!actual[0]!.always)
    draft.note(
      'Header without always sends nothing on error responses (4xx/5xx from your app): the import drops CORS headers on errors.',
    );
  return {
    origin: p,
    credentials: sent('access-control-allow-credentials', 'actual')?.value === 'true',
    allowMethods: mirrored('access-control-allow-methods', 'acrm'),
    allowHeaders: mirrored('access-control-allow-headers', 'acrh'),
    exposeHeaders: expose ? list(expose.value) : [],
    maxAge: maxAge ? Number(maxAge.value) : null,
    varyOrigin: vary,
    corsOnErrors: actual[0]!.always,
    preflight: status.preflight,
    rejectDisallowedOrigin: status.reject,
  };
}

/** The preflight answer (`RewriteRule ^ - [R=NNN]` on preflights) and the 403 to refused origins (`[F]`). */
function apacheRuleRewrites(
  draft: ImportDraft,
  envs: Map<string, ApacheEnv>,
  rewrites: ApacheRewrite[],
): { preflight: { status: number; continue: boolean }; reject: boolean } {
  const result = { preflight: { status: 204, continue: true }, reject: false };
  for (const r of rewrites) {
    const env = (c: string) => /^%\{ENV:([^}]+)\} (\.|\^\$)$/.exec(c);
    const status = /^\[R=(\d{3}),L\]$/.exec(r.flags);
    const first = r.conds.map(env);
    if (r.plain && status && r.conds.length === 1 && first[0]?.[2] === '.') {
      const f = apacheEnvFacts(envs, first[0][1]!);
      if (typeof f !== 'string' && f.preflight === true && f.origins === null) {
        result.preflight = { status: Number(status[1]), continue: false };
        continue;
      }
    }
    if (
      r.plain &&
      r.flags === '[F]' &&
      r.conds[0] === '%{HTTP:Origin} .' &&
      first[1]?.[2] === '^$' &&
      r.conds.length === 2
    ) {
      result.reject = true;
      continue;
    }
    draft.error(
      r.line,
      'only RewriteRule ^ - [R=NNN,L] on a preflight variable and [F] on an unset allowed-origin variable are read',
    );
  }
  return result;
}
