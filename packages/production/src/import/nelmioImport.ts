import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { CorsRuleOverride, PolicyInput } from '@cors-playground/engine';
import { importDraftCreate, type ImportDraft, type ImportOriginEntry } from './importDraft.ts';
import type { PolicyImport } from './policyImport.ts';

const name = 'NelmioCorsBundle';

/** One `defaults` or `paths` entry, as Nelmio resolves it: every option present. */
interface NelmioOptions {
  allow_origin: string[];
  origin_regex: boolean;
  allow_credentials: boolean;
  allow_headers: string[];
  allow_methods: string[];
  expose_headers: string[];
  max_age: number;
  forced_allow_origin_value: string | null;
}

/** The policy field each option writes, for errors at the right line. */
const nelmioFields: Record<keyof NelmioOptions, string> = {
  allow_origin: 'origin',
  origin_regex: 'origin',
  allow_credentials: 'credentials',
  allow_headers: 'allowHeaders',
  allow_methods: 'allowMethods',
  expose_headers: 'exposeHeaders',
  max_age: 'maxAge',
  forced_allow_origin_value: 'origin',
};

const nelmioDefaults: NelmioOptions = {
  allow_origin: [],
  origin_regex: false,
  allow_credentials: false,
  allow_headers: [],
  allow_methods: [],
  expose_headers: [],
  max_age: 0,
  forced_allow_origin_value: null,
};

/**
 * The policy a `nelmio_cors:` YAML block enforces: `defaults` apply to every path, the first `paths`
 * pattern found in the path (case-insensitively, unanchored) merges its own options over them, but only
 * the truthy ones (Nelmio drops `false`, `0` and `[]` from a path). `allow_origin: ['*']` echoes the
 * Origin, `origin_regex` makes every entry a case-insensitive unanchored PCRE, `allow_headers: ['*']`
 * echoes the requested headers.
 */
export function nelmioImport(text: string): PolicyImport {
  const draft = importDraftCreate('nelmio', text);
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineOf = (node: YamlNode | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  for (const e of doc.errors)
    draft.error(e.linePos?.[0].line ?? 1, `not valid YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return draft.finish({});
  const root = doc.contents;
  const block = isMap(root) ? root.get('nelmio_cors', true) : undefined;
  if (!isMap(block)) {
    draft.error(lineOf(root as YamlNode), 'expected a nelmio_cors: mapping (with defaults and/or paths)');
    return draft.finish({});
  }
  let defaults = nelmioDefaults;
  const paths: Array<{ pattern: string; options: Partial<NelmioOptions>; line: number }> = [];
  for (const pair of block.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'defaults')
      defaults = { ...nelmioDefaults, ...nelmioImportOptions(draft, value, lineOf, null) };
    else if (key === 'paths') {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) {
        draft.error(lineOf(value), 'paths must map path patterns to options');
        continue;
      }
      for (const p of value.items) {
        const pattern = isScalar(p.key) ? String(p.key.value) : '';
        const prefix = `paths[${paths.length}].override.`; // the index may shift if a catch-all comes first
        const options = nelmioImportOptions(draft, p.value as YamlNode | null, lineOf, prefix);
        paths.push({ pattern, options, line: lineOf(p.key as YamlNode) });
      }
    } else draft.error(lineOf(pair.key as YamlNode), `${key} is not a nelmio_cors key (defaults, paths)`);
  }
  let policy: PolicyInput = { ...nelmioImportRule(draft, defaults), paths: [] };
  const rules: NonNullable<PolicyInput['paths']> = [];
  for (const p of paths) {
    const rule = nelmioImportRule(draft, { ...defaults, ...p.options });
    // Every path info starts with '/': such a pattern catches all, and the paths after it never run.
    if (['', '/', '^', '^/'].includes(p.pattern)) {
      policy = { ...rule, paths: rules };
      if (p !== paths[paths.length - 1])
        draft.note(
          `The path '${p.pattern}' (line ${p.line}) matches every request: the paths after it are never used.`,
        );
      break;
    }
    // Nelmio matches the path case-insensitively; the playground's (?i) says the same to RE2.
    const path = /[A-Za-z]/.test(p.pattern) ? `(?i)${p.pattern}` : p.pattern;
    draft.field(`paths[${rules.length}]`, p.line);
    rules.push({ path, override: rule as CorsRuleOverride });
  }
  policy.paths = rules;
  draft.note(
    `${name} answers a preflight with 405 when the requested method is not listed, 400 for an unlisted header, and Access-Control-Allow-Origin: null to a disallowed origin; the playground answers 200 and lets the browser refuse. Same verdicts.`,
  );
  draft.note(
    `${name} skips requests whose Origin is the server's own scheme and host (skip_same_as_origin) and adds Vary: Origin to preflights.`,
  );
  return draft.finish(policy);
}

function nelmioImportOptions(
  draft: ImportDraft,
  node: YamlNode | null,
  lineOf: (node: YamlNode | null | undefined) => number,
  prefix: string | null,
): Partial<NelmioOptions> {
  const out: Partial<NelmioOptions> = {};
  if (node === null || (isScalar(node) && node.value === null)) return out;
  if (!isMap(node)) {
    draft.error(lineOf(node), 'expected a mapping of options');
    return out;
  }
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    const line = lineOf(pair.key as YamlNode);
    const plain = isScalar(value)
      ? value.value
      : isSeq(value)
        ? value.items.map((i) => (isScalar(i) ? i.value : undefined))
        : undefined;
    const list = () => {
      if (Array.isArray(plain) && plain.every((v) => typeof v === 'string')) return plain as string[];
      draft.error(line, `${key} must be a list of strings`);
      return [];
    };
    let v: unknown;
    switch (key) {
      case 'allow_origin':
      case 'allow_headers':
      case 'allow_methods':
      case 'expose_headers':
        v = list();
        break;
      case 'origin_regex':
      case 'allow_credentials':
        v = plain === true;
        if (typeof plain !== 'boolean') draft.error(line, `${key} must be true or false`);
        break;
      case 'max_age':
        v = typeof plain === 'number' && Number.isInteger(plain) ? plain : 0;
        if (v !== plain) draft.error(line, 'max_age must be a whole number of seconds');
        break;
      case 'forced_allow_origin_value':
        v = plain === null ? null : String(plain);
        if (v !== null && v !== '*') {
          draft.error(
            line,
            `forced_allow_origin_value sends the fixed Access-Control-Allow-Origin '${String(v)}' whatever the Origin: the playground expresses a fixed value only as '*' (with allow_origin ['*'])`,
          );
        }
        break;
      case 'hosts':
        if (Array.isArray(plain) && plain.length > 0)
          draft.error(
            line,
            'hosts limits CORS to some Host headers: the playground has no per-host rules, so the policy would be wrong for the other hosts',
          );
        continue;
      case 'skip_same_as_origin':
      case 'allow_private_network':
        draft.note(
          `${key} is not modelled by the playground (it does not change what a cross-origin page may read).`,
        );
        continue;
      default:
        draft.error(line, `${key} is not a ${name} option`);
        continue;
    }
    // A path keeps only its truthy options: false, 0 and [] fall back to the defaults.
    const truthy = Array.isArray(v) ? v.length > 0 : Boolean(v);
    if (prefix !== null && !truthy) {
      draft.note(
        `${key}: ${JSON.stringify(v)} under a path (line ${line}) is ignored by ${name}, which keeps only truthy path options: the defaults' value applies.`,
      );
      continue;
    }
    (out as Record<string, unknown>)[key] = v;
    draft.field(`${prefix ?? ''}${nelmioFields[key as keyof NelmioOptions]}`, line);
  }
  return out;
}

function nelmioImportRule(draft: ImportDraft, o: NelmioOptions): PolicyInput {
  const rule: PolicyInput = {
    credentials: o.allow_credentials,
    allowMethods: { mode: 'list', values: o.allow_methods.map((m) => m.toUpperCase()) },
    allowHeaders: o.allow_headers.includes('*')
      ? { mode: 'reflect' }
      : { mode: 'list', values: o.allow_headers.map((h) => h.toLowerCase()) },
    exposeHeaders: o.expose_headers,
    maxAge: o.max_age ? o.max_age : null,
    preflight: { status: 200, continue: false },
  };
  if (o.allow_origin.includes('*')) {
    if (o.forced_allow_origin_value === '*') rule.origin = { mode: 'any' };
    else rule.origin = { mode: 'reflect' };
  } else if (o.origin_regex) {
    rule.origin = {
      mode: 'list',
      allow: o.allow_origin.map((regex): ImportOriginEntry => ({ regex, anchor: 'none', ignoreCase: true })),
    };
  } else rule.origin = { mode: 'list', allow: o.allow_origin };
  if (o.forced_allow_origin_value === '*' && !o.allow_origin.includes('*')) {
    draft.note(
      `forced_allow_origin_value '*' sends * to the origins allow_origin lists only; the import keeps the list (same verdicts without credentials).`,
    );
  }
  return rule;
}
