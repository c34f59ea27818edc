import type { PolicyInput } from '@cors-playground/engine';
import { importDraftCreate, type ImportDraft, type ImportOriginEntry } from './importDraft.ts';
import { importOriginMatchable, importOriginPythonRegex } from './importOrigin.ts';
import type { PolicyImport } from './policyImport.ts';
import { pythonSourceCalls, pythonSourceParse, type PythonNode } from './pythonSource.ts';
import { pythonValueBool, pythonValueInt, pythonValueString, pythonValueStrings } from './pythonValue.ts';

const name = "Starlette's CORSMiddleware";
const allMethods = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
const safelisted = ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type'];
const known = [
  'allow_origins',
  'allow_methods',
  'allow_headers',
  'allow_credentials',
  'allow_origin_regex',
  'expose_headers',
  'max_age',
];

/** Whether a call passes `CORSMiddleware` as its first argument. */
function fastapiImportIsCors(call: PythonNode & { kind: 'call' }): boolean {
  const first = call.args[0];
  return (
    (first?.kind === 'name' && first.id === 'CORSMiddleware') ||
    (first?.kind === 'attr' && first.name === 'CORSMiddleware')
  );
}

/**
 * The policy of FastAPI's / Starlette's `CORSMiddleware` (Starlette 0.26, as Debian 12 runs) from
 * `app.add_middleware(CORSMiddleware, …)` or `Middleware(CORSMiddleware, …)`: origins compare exactly,
 * `allow_origin_regex` must match the whole Origin (`fullmatch`), `'*'` in a list means everything,
 * allowed headers always include the four safelisted ones, and preflights get 200 (400 when refused).
 */
export function fastapiImport(text: string): PolicyImport {
  const draft = importDraftCreate('fastapi', text);
  const statements = pythonSourceParse(text);
  const calls = [
    ...pythonSourceCalls(statements, 'add_middleware'),
    ...pythonSourceCalls(statements, 'Middleware'),
  ].filter(fastapiImportIsCors);
  const direct = pythonSourceCalls(statements, 'CORSMiddleware');
  const all = [...calls, ...direct];
  for (const s of statements) {
    if (s.kind === 'other' && /CORSMiddleware/.test(s.text) && !/\bimport\b/.test(s.text)) {
      draft.error(
        s.line,
        'this line configures CORSMiddleware in a way the import cannot read (only literal keyword arguments are read)',
      );
    }
  }
  if (all.length === 0) {
    if (draft.errors.length === 0) draft.error(1, 'no app.add_middleware(CORSMiddleware, …) call found');
    return draft.finish({});
  }
  if (all.length > 1) {
    for (const call of all.slice(1))
      draft.error(call.line, 'several CORSMiddleware configurations: paste one at a time');
    return draft.finish({});
  }
  const kwargs = new Map<string, PythonNode>();
  for (const k of all[0]?.kwargs ?? []) {
    if (k.name === '**')
      draft.error(k.value.line, '**options are computed at run time: write the keyword arguments out');
    else if (!known.includes(k.name))
      draft.error(k.value.line, `${k.name} is not a CORSMiddleware argument (${known.join(', ')})`);
    else kwargs.set(k.name, k.value);
  }
  return draft.finish(fastapiImportPolicy(draft, kwargs));
}

function fastapiImportPolicy(draft: ImportDraft, kwargs: Map<string, PythonNode>): PolicyInput {
  const strings = (key: string, fallback: string[]) => {
    const node = kwargs.get(key);
    if (node) draft.field(key, node.line);
    return node ? (pythonValueStrings(draft, node, key) ?? []) : fallback;
  };
  const credentialsNode = kwargs.get('allow_credentials');
  const credentials = credentialsNode
    ? pythonValueBool(draft, credentialsNode, 'allow_credentials') === true
    : false;
  const origins = strings('allow_origins', []);
  const methods = strings('allow_methods', ['GET']);
  const headers = strings('allow_headers', []);
  const maxAgeNode = kwargs.get('max_age');
  const maxAge = maxAgeNode ? pythonValueInt(draft, maxAgeNode, 'max_age') : 600;
  const policy: PolicyInput = {
    credentials,
    allowMethods: { mode: 'list', values: methods.includes('*') ? allMethods : methods },
    allowHeaders: headers.includes('*')
      ? { mode: 'reflect' }
      : { mode: 'list', values: [...new Set([...safelisted, ...headers])].sort() },
    exposeHeaders: strings('expose_headers', []),
    maxAge: maxAge ?? null,
    preflight: { status: 200, continue: false },
  };
  for (const [key, field] of [
    ['allow_methods', 'allowMethods'],
    ['allow_headers', 'allowHeaders'],
    ['expose_headers', 'exposeHeaders'],
    ['max_age', 'maxAge'],
  ] as const) {
    const node = kwargs.get(key);
    if (node) draft.field(field, node.line);
  }
  if (maxAge === null)
    draft.error(maxAgeNode?.line ?? 1, 'max_age=None makes Starlette send "Access-Control-Max-Age: None"');
  if (!kwargs.has('allow_methods')) draft.note(`allow_methods is not set: ${name} allows GET only.`);
  if (origins.includes('*')) {
    policy.origin = { mode: credentials ? 'reflect' : 'any' };
    draft.note(
      credentials
        ? `With allow_credentials, '*' echoes the Origin on preflights and on requests carrying a Cookie, but answers * to requests without one (so a credentialed fetch that sends no cookie still fails). The import shows it as "reflect": any site can read your users' authenticated responses.`
        : `${name} echoes the Origin (instead of *) to requests carrying a Cookie header; browsers send cookies cross-origin only with credentials, which '*' refuses anyway.`,
    );
    draft.field('origin', kwargs.get('allow_origins')?.line ?? 1);
  } else {
    const allow: ImportOriginEntry[] = [];
    const list = kwargs.get('allow_origins');
    for (const item of list?.kind === 'list' ? list.items : []) {
      const origin = item.kind === 'str' ? item.value : null;
      if (origin === null) continue;
      if (!importOriginMatchable(origin)) {
        draft.note(
          `'${origin}' (line ${item.line}) never equals an Origin a browser sends (${name} compares exactly: no wildcards, lower case, no path), so it is left out.`,
        );
        continue;
      }
      draft.field(`origin.allow[${allow.length}]`, item.line);
      allow.push(origin);
    }
    const regexNode = kwargs.get('allow_origin_regex');
    if (regexNode && !(regexNode.kind === 'const' && regexNode.value === null)) {
      const regex = pythonValueString(draft, regexNode, 'allow_origin_regex');
      draft.field(`origin.allow[${allow.length}]`, regexNode.line);
      if (regex !== null) allow.push({ regex: importOriginPythonRegex(regex), anchor: 'both' });
    }
    // fullmatch of .* accepts every Origin, and Starlette echoes it back: the playground's reflect.
    const every = allow.length === 1 && typeof allow[0] === 'object' && allow[0].regex === '.*';
    policy.origin = every ? { mode: 'reflect' } : { mode: 'list', allow };
  }
  draft.note(
    `${name} answers a refused preflight (origin, method or header not allowed) with 400 instead of 200, sends Vary: Origin on every preflight but on actual responses only to allowed origins, and sends no CORS headers to requests without Origin. Same verdicts.`,
  );
  draft.note(
    `An unhandled exception's 500 comes from Starlette's ServerErrorMiddleware, outside CORSMiddleware: it carries no CORS headers (HTTPException responses do).`,
  );
  return policy;
}
