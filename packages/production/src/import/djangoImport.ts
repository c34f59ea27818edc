import type { PolicyInput } from '@cors-playground/engine';
import { importDraftCreate, type ImportDraft, type ImportOriginEntry } from './importDraft.ts';
import type { PolicyImport } from './policyImport.ts';
import { pythonSourceParse, type PythonNode } from './pythonSource.ts';
import { pythonValueBool, pythonValueInt, pythonValueString, pythonValueStrings } from './pythonValue.ts';

const name = 'django-cors-headers';

/** The defaults of django-cors-headers 3.14 (Debian 12); 4.0 dropped accept-encoding, dnt and origin. */
const defaultHeaders = [
  'accept',
  'accept-encoding',
  'authorization',
  'content-type',
  'dnt',
  'origin',
  'user-agent',
  'x-csrftoken',
  'x-requested-with',
];
const defaultMethods = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'];

/** Old names still read by 3.14, mapped to the current ones (the current name wins when both are set). */
const aliases: Record<string, string> = {
  CORS_ORIGIN_ALLOW_ALL: 'CORS_ALLOW_ALL_ORIGINS',
  CORS_ORIGIN_WHITELIST: 'CORS_ALLOWED_ORIGINS',
  CORS_ORIGIN_REGEX_WHITELIST: 'CORS_ALLOWED_ORIGIN_REGEXES',
};
const known = new Set([
  'CORS_ALLOW_ALL_ORIGINS',
  'CORS_ALLOWED_ORIGINS',
  'CORS_ALLOWED_ORIGIN_REGEXES',
  'CORS_ALLOW_CREDENTIALS',
  'CORS_ALLOW_METHODS',
  'CORS_ALLOW_HEADERS',
  'CORS_EXPOSE_HEADERS',
  'CORS_PREFLIGHT_MAX_AGE',
  'CORS_URLS_REGEX',
  'CORS_REPLACE_HTTPS_REFERER',
  'CORS_ALLOW_PRIVATE_NETWORK',
]);

/**
 * The policy a django-cors-headers `settings.py` block enforces (3.14 semantics, as Debian 12 runs):
 * exact origins compare scheme and host, `CORS_ALLOWED_ORIGIN_REGEXES` use `re.match` (anchored at
 * the start only), `CORS_ALLOW_ALL_ORIGINS` echoes the Origin when credentials are on, every
 * preflight gets 200 from the middleware, and `CORS_URLS_REGEX` (also `re.match`) switches CORS on.
 */
export function djangoImport(text: string): PolicyImport {
  const draft = importDraftCreate('django', text);
  const settings = new Map<string, PythonNode>();
  for (const s of pythonSourceParse(text)) {
    const mentions =
      s.kind === 'other' ? /\bCORS_[A-Z_]+/.test(s.text) : s.kind === 'expr' && djangoImportMentions(s.value);
    if (s.kind !== 'assign' || !s.target.startsWith('CORS_')) {
      if (mentions)
        draft.error(
          s.line,
          'only plain assignments of literals to CORS_ settings can be imported (this line computes or changes one)',
        );
      continue;
    }
    if (s.indented) {
      draft.error(
        s.line,
        `${s.target} is set inside a block (if, try, a function): whether it applies cannot be known without running the code`,
      );
      continue;
    }
    const setting = aliases[s.target] ?? s.target;
    if (!known.has(setting)) {
      draft.error(s.line, `${s.target} is not a ${name} setting`);
      continue;
    }
    if (s.op === '+=') {
      const before = settings.get(setting);
      if (!before || before.kind !== 'list' || s.value.kind !== 'list') {
        draft.error(s.line, `${s.target} += needs a list literal assigned before it`);
        continue;
      }
      settings.set(setting, { ...before, items: [...before.items, ...s.value.items] });
      continue;
    }
    if (aliases[s.target] && settings.has(setting)) continue;
    settings.set(setting, s.value);
  }
  return draft.finish(djangoImportPolicy(draft, settings));
}

function djangoImportPolicy(draft: ImportDraft, settings: Map<string, PythonNode>): PolicyInput {
  const at = (key: string) => settings.get(key);
  const field = (path: string, key: string) => {
    const node = at(key);
    if (node) draft.field(path, node.line);
  };
  const bool = (key: string) => {
    const node = at(key);
    return node ? pythonValueBool(draft, node, key) === true : false;
  };
  const strings = (key: string, fallback: string[]) => {
    const node = at(key);
    return node ? (pythonValueStrings(draft, node, key) ?? []) : fallback;
  };

  const credentials = bool('CORS_ALLOW_CREDENTIALS');
  const policy: PolicyInput = {
    credentials,
    preflight: { status: 200, continue: false },
    allowMethods: { mode: 'list', values: strings('CORS_ALLOW_METHODS', defaultMethods) },
    allowHeaders: { mode: 'list', values: strings('CORS_ALLOW_HEADERS', defaultHeaders) },
    exposeHeaders: strings('CORS_EXPOSE_HEADERS', []),
  };
  field('allowMethods', 'CORS_ALLOW_METHODS');
  field('allowHeaders', 'CORS_ALLOW_HEADERS');
  field('exposeHeaders', 'CORS_EXPOSE_HEADERS');
  if (!at('CORS_ALLOW_HEADERS')) {
    draft.note(
      `CORS_ALLOW_HEADERS is not set, so ${name}'s default list applies; this import uses 3.14's (Debian 12), which 4.0 shortened to accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with.`,
    );
  }
  if (!at('CORS_ALLOW_METHODS'))
    draft.note(`CORS_ALLOW_METHODS is not set: ${name}'s default ${defaultMethods.join(', ')} applies.`);

  const maxAgeNode = at('CORS_PREFLIGHT_MAX_AGE');
  const maxAge = maxAgeNode ? pythonValueInt(draft, maxAgeNode, 'CORS_PREFLIGHT_MAX_AGE') : 86400;
  // Any falsy max-age means "send no Access-Control-Max-Age".
  policy.maxAge = maxAge ? maxAge : null;
  field('maxAge', 'CORS_PREFLIGHT_MAX_AGE');
  if (!maxAgeNode)
    draft.note(
      `CORS_PREFLIGHT_MAX_AGE is not set: ${name} sends its default 86400 (browsers cap it: Chromium at 7200 s, Firefox at 86400 s).`,
    );

  if (bool('CORS_ALLOW_ALL_ORIGINS')) {
    policy.origin = { mode: credentials ? 'reflect' : 'any' };
    field('origin', 'CORS_ALLOW_ALL_ORIGINS');
    if (credentials)
      draft.note(
        `With CORS_ALLOW_CREDENTIALS, CORS_ALLOW_ALL_ORIGINS echoes any Origin back: every site can read your users' authenticated responses.`,
      );
    else
      draft.note(
        `${name} still adds Vary: Origin with CORS_ALLOW_ALL_ORIGINS and sends no CORS headers to requests without Origin; the playground's '*' policy does neither (no browser verdict changes).`,
      );
    if (at('CORS_ALLOWED_ORIGINS') || at('CORS_ALLOWED_ORIGIN_REGEXES'))
      draft.note(
        'CORS_ALLOW_ALL_ORIGINS is True, so CORS_ALLOWED_ORIGINS and CORS_ALLOWED_ORIGIN_REGEXES are ignored.',
      );
  } else {
    const entries: Array<{ entry: ImportOriginEntry; line: number }> = [];
    const exactNode = at('CORS_ALLOWED_ORIGINS');
    if (exactNode?.kind === 'list') {
      for (const item of exactNode.items) {
        const origin = pythonValueString(draft, item, 'an item of CORS_ALLOWED_ORIGINS');
        if (origin !== null) entries.push({ entry: origin, line: item.line });
      }
    } else if (exactNode) pythonValueStrings(draft, exactNode, 'CORS_ALLOWED_ORIGINS');
    const regexNode = at('CORS_ALLOWED_ORIGIN_REGEXES');
    if (regexNode?.kind === 'list') {
      for (const item of regexNode.items) {
        const source = pythonValueString(draft, item, 'a CORS_ALLOWED_ORIGIN_REGEXES pattern');
        if (source !== null) entries.push({ entry: { regex: source, anchor: 'start' }, line: item.line });
      }
    } else if (regexNode) pythonValueStrings(draft, regexNode, 'CORS_ALLOWED_ORIGIN_REGEXES');
    policy.origin = { mode: 'list', allow: entries.map((e) => e.entry) };
    entries.forEach((e, i) => draft.field(`origin.allow[${i}]`, e.line));
  }
  if (credentials)
    draft.note(
      `${name} before 4.3 sends Access-Control-Allow-Credentials: true to disallowed origins too; browsers ignore it there.`,
    );
  if ((policy.exposeHeaders as string[]).length > 0)
    draft.note(`${name} also sends Access-Control-Expose-Headers on preflights; browsers ignore it there.`);

  const urls = at('CORS_URLS_REGEX');
  if (urls) {
    const source = pythonValueString(draft, urls, 'CORS_URLS_REGEX');
    if (source === '(?!)') policy.enabled = false;
    else if (source !== null && source !== '^.*$') {
      policy.enabled = false;
      // re.match anchors at the start; the playground searches, so the anchor is written out.
      policy.paths = [
        { path: source.startsWith('^') ? source : `^(?:${source})`, override: { enabled: true } },
      ];
      draft.field('paths', urls.line);
      draft.note(
        `CORS_URLS_REGEX is matched against request.path_info (without the script prefix your WSGI server may mount Django under).`,
      );
    }
  }
  if (at('CORS_REPLACE_HTTPS_REFERER'))
    draft.note(
      'CORS_REPLACE_HTTPS_REFERER changes how Django checks CSRF, not CORS headers: it has no place in the policy.',
    );
  if (at('CORS_ALLOW_PRIVATE_NETWORK'))
    draft.note(
      'CORS_ALLOW_PRIVATE_NETWORK (Private Network Access preflights) is not modelled by the playground.',
    );
  return policy;
}

/** Whether an expression names a CORS_ setting (a call like `CORS_ALLOW_METHODS.append(…)` changes it). */
function djangoImportMentions(node: PythonNode): boolean {
  switch (node.kind) {
    case 'name':
      return node.id.startsWith('CORS_');
    case 'attr':
      return djangoImportMentions(node.object);
    case 'call':
      return [node.func, ...node.args, ...node.kwargs.map((k) => k.value)].some(djangoImportMentions);
    case 'list':
      return node.items.some(djangoImportMentions);
    case 'dict':
      return node.entries.some(([k, v]) => djangoImportMentions(k) || djangoImportMentions(v));
    default:
      return false;
  }
}
