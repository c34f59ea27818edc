import type { PolicyInput } from '@cors-playground/engine';
import type { ImportDraft } from './importDraft.ts';
import { importOriginMatchable } from './importOrigin.ts';
import type { NginxDirective } from './nginxConfig.ts';
import { nginxMapAllowedValue, nginxMapCondition, nginxMapOrigins, type NginxMap } from './nginxMap.ts';

/** Directives that change response headers in ways the import cannot follow. */
const refused: Record<string, string> = {
  more_set_headers:
    'headers-more directives are not read by the import: write the CORS headers with add_header',
  more_clear_headers: 'headers-more directives are not read by the import',
  include: 'an included file is not part of the paste: paste its content instead',
  set: 'a variable set at run time: the import reads literal values and maps only',
  add_header_inherit: 'add_header_inherit changes add_header inheritance, which the import does not model',
};

/** The CORS headers one level (location, if, server) adds, by lower-case name. */
function nginxImportRuleHeaders(
  draft: ImportDraft,
  directives: NginxDirective[],
): Map<string, { value: string; always: boolean; line: number }> {
  const out = new Map<string, { value: string; always: boolean; line: number }>();
  for (const d of directives) {
    if (d.name !== 'add_header') continue;
    const [header = '', value, flag] = d.args;
    if (value === undefined) draft.error(d.line, 'add_header needs a name and a value');
    else if (out.has(header.toLowerCase()))
      draft.error(
        d.line,
        `${header} is added twice: browsers refuse two Access-Control-Allow-Origin values, and the import will not pick one`,
      );
    else out.set(header.toLowerCase(), { value, always: flag === 'always', line: d.line });
  }
  return out;
}

/**
 * The rule one location enforces. `inherited` are the add_header lines of the enclosing level, which
 * nginx applies only where a level has no add_header of its own (also inside `if`). A preflight is
 * recognised by `if ($request_method = OPTIONS)` or the export's preflight map; its `return` is the
 * preflight status (none: the request goes on to the app). Null when the location sends no CORS headers.
 */
export function nginxImportRule(
  draft: ImportDraft,
  directives: NginxDirective[],
  inherited: NginxDirective[],
  maps: Map<string, NginxMap>,
): PolicyInput | null {
  const own = directives.filter((d) => d.name === 'add_header');
  const level = own.length > 0 ? own : inherited;
  let preflight: NginxDirective | null = null;
  let reject = false;
  for (const d of directives) {
    const why = refused[d.name];
    if (why) draft.error(d.line, why);
    if (d.name !== 'if' || !d.block) continue;
    const kind = nginxMapCondition(d.args.join(' '), maps);
    if (kind === 'reject' && d.block.some((r) => r.name === 'return' && r.args[0] === '403')) reject = true;
    else if (kind === 'preflight' || kind === 'options') {
      preflight = d;
      if (kind === 'options')
        draft.note(
          'if ($request_method = OPTIONS) also answers an actual OPTIONS request (one without Access-Control-Request-Method) as a preflight; browsers rarely send one.',
        );
    } else
      draft.error(
        d.line,
        `if ${d.args.join(' ')}: the import reads only if ($request_method = OPTIONS) for preflights`,
      );
    for (const inner of d.block) if (refused[inner.name]) draft.error(inner.line, refused[inner.name]!);
  }
  const actual = nginxImportRuleHeaders(draft, level);
  const preflightOwn = preflight?.block?.filter((d) => d.name === 'add_header') ?? [];
  const pre = nginxImportRuleHeaders(draft, preflightOwn.length > 0 ? preflightOwn : level);
  const acao = actual.get('access-control-allow-origin');
  if (!acao) {
    if (pre.has('access-control-allow-origin'))
      draft.error(
        pre.get('access-control-allow-origin')!.line,
        "Access-Control-Allow-Origin is added to preflights only: actual responses get none (add_header inside if replaces the location's), a split the playground cannot express",
      );
    return null;
  }
  if (preflight && !pre.has('access-control-allow-origin')) {
    draft.error(
      preflight.line,
      "this if block's own add_header lines replace the location's, so preflights get no Access-Control-Allow-Origin: every preflighted request fails, a split the playground cannot express",
    );
  }
  const rule: PolicyInput = {};
  let originVariable: string | null = null;
  if (acao.value === '*') rule.origin = { mode: 'any' };
  else if (acao.value === '$http_origin') rule.origin = { mode: 'reflect' };
  else if (acao.value.startsWith('$')) {
    const map = maps.get(acao.value);
    if (!map) draft.error(acao.line, `${acao.value} is not defined by a map in the paste`);
    originVariable = acao.value;
    if (map && map.fallback === '*' && map.exact.size === 0 && map.regexes.length === 0)
      rule.origin = { mode: 'any' };
    else {
      const allow = map ? nginxMapOrigins(draft, map, acao.line) : null;
      const only = allow?.[0];
      // "~." $http_origin: every non-empty Origin is echoed back.
      const everyone =
        allow?.length === 1 && typeof only === 'object' && only.regex === '.' && !only.ignoreCase;
      rule.origin = everyone ? { mode: 'reflect' } : { mode: 'list', allow: allow ?? [] };
    }
  } else {
    draft.note(
      `Access-Control-Allow-Origin '${acao.value}' is sent to every request, allowed or not; browsers accept it only on that origin's pages.`,
    );
    rule.origin = { mode: 'list', allow: importOriginMatchable(acao.value) ? [acao.value] : [] };
  }
  const read = (headers: typeof actual, name: string): string | undefined => {
    const h = headers.get(name);
    if (!h) return undefined;
    const value = nginxMapAllowedValue(h.value, maps, originVariable);
    if (value === null)
      draft.error(
        h.line,
        `${h.value} is not a literal, $http_origin, $http_access_control_request_* or a map on the allowed origin: the import cannot tell what it sends`,
      );
    return value ?? undefined;
  };
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  rule.credentials = read(actual, 'access-control-allow-credentials') === 'true';
  const methods = read(pre, 'access-control-allow-methods');
  rule.allowMethods =
    methods === '$http_access_control_request_method'
      ? { mode: 'reflect' }
      : { mode: 'list', values: list(methods) };
  const headers = read(pre, 'access-control-allow-headers');
  rule.allowHeaders =
    headers === '$http_access_control_request_headers'
      ? { mode: 'reflect' }
      : { mode: 'list', values: list(headers) };
  rule.exposeHeaders = list(read(actual, 'access-control-expose-headers'));
  const maxAge = read(pre, 'access-control-max-age');
  if (maxAge !== undefined && !/^-?\d+$/.test(maxAge))
    draft.error(pre.get('access-control-max-age')!.line, 'Access-Control-Max-Age must be a whole number');
  rule.maxAge = maxAge === undefined ? null : Number(maxAge);
  const vary = list(actual.get('vary')?.value).map((v) => v.toLowerCase());
  rule.varyOrigin = rule.origin.mode === 'any' || vary.includes('origin');
  rule.corsOnErrors = acao.always;
  if ([...actual.values()].some((h) => h.always !== acao.always))
    draft.note(
      "Some CORS headers have 'always' and others not: on 4xx/5xx responses only those with 'always' are sent; the import follows Access-Control-Allow-Origin's.",
    );
  const status = preflight?.block?.find((d) => d.name === 'return')?.args[0];
  rule.preflight =
    status === undefined ? { status: 204, continue: true } : { status: Number(status), continue: false };
  if (!preflight)
    draft.note(
      'No if block answers preflights: OPTIONS requests go on to your app, whose answer (often 404 or 405) decides their status.',
    );
  rule.rejectDisallowedOrigin = reject;
  const preflightVary = list(pre.get('vary')?.value).map((v) => v.toLowerCase());
  if (rule.allowHeaders.mode === 'reflect' && !preflightVary.includes('access-control-request-headers')) {
    draft.note(
      'Preflights echo Access-Control-Request-Headers without Vary: Access-Control-Request-Headers (a cache may serve one answer to another request); the playground always adds it.',
    );
  }
  if (
    rule.origin.mode === 'list' &&
    [...actual.values(), ...pre.values()].some((h) => !h.value.startsWith('$') && h !== acao)
  ) {
    draft.note(
      'Literal add_header values go to every origin, allowed or not; browsers read them only with an allowed Access-Control-Allow-Origin, so no verdict changes.',
    );
  }
  return rule;
}
