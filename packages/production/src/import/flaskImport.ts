import type { CorsRuleOverride, PolicyInput } from '@cors-playground/engine';
import { originEntryEscape } from '../export/originEntry.ts';
import { importDraftCreate, type ImportDraft, type ImportOriginEntry } from './importDraft.ts';
import { importOriginLiteral, importOriginMatchable, importOriginPythonRegex } from './importOrigin.ts';
import type { PolicyImport } from './policyImport.ts';
import { pythonSourceCalls, pythonSourceParse, type PythonNode } from './pythonSource.ts';
import { pythonValueBool, pythonValueComputed, pythonValueInt, pythonValueStrings } from './pythonValue.ts';

const name = 'Flask-CORS';
const allMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
const optionNames = [
  'origins',
  'methods',
  'allow_headers',
  'expose_headers',
  'supports_credentials',
  'max_age',
  'send_wildcard',
  'automatic_options',
  'vary_header',
  'resources',
  'intercept_exceptions',
  'always_send',
];
type FlaskOptions = Map<string, PythonNode>;

/** Flask-CORS reads a string as a regex when it holds one of these characters (`probably_regex`). */
function flaskImportIsRegex(text: string): boolean {
  return /[*\\\]?$^[()]/.test(text);
}

/**
 * The policy of Flask-CORS 3.0 (as Debian 12 runs) from `CORS(app, …)` or `@cross_origin(…)`:
 * an origin that looks like a regex (`*`, `^`, `$`, `\`, …) is matched with `re.match`
 * case-insensitively, others compare case-insensitively; the default `origins='*'` echoes every
 * Origin; `resources={r'/api/*': {…}}` limits CORS to paths (`re.match`), most specific first.
 */
export function flaskImport(text: string): PolicyImport {
  const draft = importDraftCreate('flask', text);
  const statements = pythonSourceParse(text);
  for (const s of statements) {
    const config = s.kind === 'other' ? /config\s*\[\s*['"]?(CORS_[A-Z_]+)/.exec(s.text) : null;
    if (!config?.[1]) continue;
    const option = config[1].slice(5).toLowerCase();
    if (optionNames.includes(option))
      draft.error(
        s.line,
        `${config[1]} in app.config: pass it to CORS(…) as ${option}=… instead, so the import can read it`,
      );
    else draft.note(`${config[1]} (line ${s.line}) is not a ${name} setting: it does nothing.`);
  }
  const calls = [...pythonSourceCalls(statements, 'CORS'), ...pythonSourceCalls(statements, 'cross_origin')];
  if (calls.length !== 1) {
    if (calls.length === 0) draft.error(1, 'no CORS(app, …) or @cross_origin(…) call found');
    for (const call of calls.slice(1))
      draft.error(call.line, 'several Flask-CORS configurations: paste one at a time');
    return draft.finish({});
  }
  const call = calls[0]!;
  const decorator = call.func.kind === 'name' && call.func.id === 'cross_origin';
  const options = flaskImportOptions(
    draft,
    call.kwargs.map((k) => [k.name, k.value] as const),
  );
  if (decorator) {
    draft.note(
      '@cross_origin applies to the decorated view only: the policy below is what that route answers (other routes get no CORS headers).',
    );
    for (const arg of call.args)
      draft.error(arg.line, 'positional arguments of cross_origin: write them as keywords');
  }
  const resourcesNode = options.get('resources');
  options.delete('resources');
  const policy = flaskImportRule(draft, options);
  const withPaths = resourcesNode && !decorator ? flaskImportResources(draft, resourcesNode, options) : null;
  draft.note(
    `${name} answers preflights through Flask's automatic OPTIONS (200; 404 on a URL without a route, with CORS headers), sends Access-Control-Allow-Methods, -Headers and -Max-Age only when the requested method is allowed, and lists only the requested headers it allows. Same verdicts.`,
  );
  return draft.finish(withPaths ? { ...policy, ...withPaths } : policy);
}

function flaskImportOptions(
  draft: ImportDraft,
  pairs: ReadonlyArray<readonly [string, PythonNode]>,
): FlaskOptions {
  const options: FlaskOptions = new Map();
  for (const [key, value] of pairs) {
    if (key === '**')
      draft.error(value.line, '**options are computed at run time: write the keyword arguments out');
    else if (!optionNames.includes(key))
      draft.error(
        value.line,
        `${key} is not a ${name} option (${name} ignores it with a warning: fix its name)`,
      );
    else options.set(key, value);
  }
  return options;
}

/** The origin policy of an `origins` value. */
function flaskImportOrigin(
  draft: ImportDraft,
  options: FlaskOptions,
  credentials: boolean,
): PolicyInput['origin'] {
  const node = options.get('origins');
  const origins = node
    ? (pythonValueStrings(draft, node, 'origins', true) ?? []).map((o) => (o === '*' ? '.*' : o))
    : ['.*'];
  const sendWildcard = options.get('send_wildcard');
  if (origins.includes('.*')) {
    if (sendWildcard && pythonValueBool(draft, sendWildcard, 'send_wildcard')) {
      if (credentials)
        draft.error(
          sendWildcard.line,
          `${name} refuses send_wildcard with supports_credentials and origins '*' (ValueError at startup)`,
        );
      return { mode: 'any' };
    }
    if (credentials)
      draft.note(
        `origins='*' (the default) with supports_credentials echoes any Origin back: every site can read your users' authenticated responses.`,
      );
    return { mode: 'reflect' };
  }
  const allow: ImportOriginEntry[] = [];
  for (const origin of origins) {
    if (flaskImportIsRegex(origin)) {
      const regex = importOriginPythonRegex(origin);
      allow.push(importOriginLiteral(regex, false) ?? { regex, anchor: 'start', ignoreCase: true });
    } else if (importOriginMatchable(origin.toLowerCase())) allow.push(origin.toLowerCase());
    else
      draft.note(
        `'${origin}' never equals an Origin a browser sends (no path, no wildcard), so it is left out.`,
      );
  }
  return { mode: 'list', allow };
}

function flaskImportRule(draft: ImportDraft, options: FlaskOptions): PolicyInput {
  const flag = (key: string, fallback: boolean) => {
    const node = options.get(key);
    return node ? pythonValueBool(draft, node, key) === true : fallback;
  };
  const credentials = flag('supports_credentials', false);
  const origin = flaskImportOrigin(draft, options, credentials);
  const methodsNode = options.get('methods');
  const methods = methodsNode ? (pythonValueStrings(draft, methodsNode, 'methods', true) ?? []) : allMethods;
  const headersNode = options.get('allow_headers');
  const headers = headersNode ? (pythonValueStrings(draft, headersNode, 'allow_headers', true) ?? []) : ['*'];
  let allowHeaders: PolicyInput['allowHeaders'] = { mode: 'reflect' };
  if (!headers.includes('*') && !headers.includes('.*')) {
    const pattern = headers.find(flaskImportIsRegex);
    if (pattern && headersNode)
      draft.error(
        headersNode.line,
        `allow_headers pattern '${pattern}': the playground lists header names, not patterns`,
      );
    allowHeaders = { mode: 'list', values: headers };
  }
  const maxAgeNode = options.get('max_age');
  let maxAge: number | null = null;
  if (maxAgeNode?.kind === 'str' && /^\d+$/.test(maxAgeNode.value)) maxAge = Number(maxAgeNode.value);
  else if (maxAgeNode) maxAge = pythonValueInt(draft, maxAgeNode, 'max_age') || null;
  const multiple =
    origin?.mode === 'reflect' ||
    (origin?.mode === 'list' && (origin.allow.length > 1 || origin.allow.some((e) => typeof e !== 'string')));
  if (origin?.mode === 'list' && !multiple && flag('vary_header', true)) {
    draft.note(
      `${name} adds Vary: Origin only when several origins (or a pattern) are allowed: with one origin it sends none, as the policy says.`,
    );
  }
  if (flag('always_send', true))
    draft.note(
      `${name} sends CORS headers to requests without Origin too (always_send); no browser verdict changes.`,
    );
  const errors = flag('intercept_exceptions', true);
  if (!errors)
    draft.note(
      'intercept_exceptions=False: aborts and unhandled errors get no CORS headers, but an error status your view returns itself still does; the import drops them on every 4xx/5xx.',
    );
  return {
    origin,
    credentials,
    allowMethods: { mode: 'list', values: [...methods.map((m) => m.toUpperCase())].sort() },
    allowHeaders,
    exposeHeaders: options.get('expose_headers')
      ? [...(pythonValueStrings(draft, options.get('expose_headers')!, 'expose_headers', true) ?? [])].sort()
      : [],
    maxAge,
    preflight: { status: 200, continue: false },
    varyOrigin: flag('vary_header', true) && multiple,
    corsOnErrors: errors,
  };
}

/** `resources`: path patterns (most specific first, as Flask-CORS sorts them), each with its options. */
function flaskImportResources(draft: ImportDraft, node: PythonNode, base: FlaskOptions): PolicyInput | null {
  let entries: Array<[string, FlaskOptions]>;
  if (node.kind === 'dict') {
    entries = [];
    for (const [k, v] of node.entries) {
      if (k.kind !== 'str') return (draft.error(k.line, pythonValueComputed(k, 'a resources pattern')), null);
      if (v.kind !== 'dict') return (draft.error(v.line, 'each resource maps to a dict of options'), null);
      const pairs = v.entries.map(([ok, ov]) => [ok.kind === 'str' ? ok.value : '**', ov] as const);
      entries.push([k.value, new Map([...base, ...flaskImportOptions(draft, pairs)])]);
    }
    const key = (p: string) =>
      (flaskImportIsRegex(p) ? [1, 1] : [0, 0]).concat([-p.split('/').length, -p.length]);
    entries.sort(([a], [b]) => {
      const ka = key(a);
      const kb = key(b);
      const i = ka.findIndex((v, j) => v !== kb[j]);
      return i < 0 ? 0 : (ka[i] ?? 0) - (kb[i] ?? 0);
    });
  } else {
    entries = (pythonValueStrings(draft, node, 'resources', true) ?? []).map((p) => [p, base]);
  }
  draft.note(
    `${name} matches resources against the percent-decoded path; the playground against the raw path.`,
  );
  const paths: NonNullable<PolicyInput['paths']> = [];
  for (const [raw, options] of entries) {
    const pattern = raw === '*' ? '.*' : raw;
    const rule = flaskImportRule(draft, options);
    // re.match('/*') and re.match('.*') match every path: later resources are never reached.
    if (pattern === '/*' || pattern === '.*' || pattern === '/.*') return { ...rule, paths };
    const path = flaskImportIsRegex(pattern)
      ? pattern.startsWith('^')
        ? pattern
        : `^(?:${pattern})`
      : `^${originEntryEscape(pattern)}$`;
    paths.push({ path, override: { ...rule, enabled: true } as CorsRuleOverride });
  }
  return { enabled: false, paths };
}
