import type { Node } from 'acorn';
import type { PolicyInput } from '@cors-playground/engine';
import { importDraftCreate, type ImportDraft, type ImportOriginEntry } from './importDraft.ts';
import { importOriginMatchable } from './importOrigin.ts';
import { jsSourceLine, jsSourceNodes, jsSourceParse, jsSourceValue, type JsSourceValue } from './jsSource.ts';
import type { PolicyImport } from './policyImport.ts';

const name = 'Express cors';
const defaultMethods = ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'];

/**
 * The policy an Express `cors({...})` options literal enforces (cors 2.8): a string origin is sent
 * as is to everyone, an array matches strings with `===` and RegExps with `test()` (unanchored), `true`
 * reflects, `'*'` or no origin sends `*`; allowed headers reflect the request's when unset. The code
 * may be the whole `app.use(cors(corsOptions))` snippet or the options object alone. A function for
 * `origin` (or for the whole options) is refused: what it allows is only known at run time.
 */
export function expressImport(text: string): PolicyImport {
  const draft = importDraftCreate('express', text);
  const parsed = jsSourceParse(text);
  if (!('program' in parsed)) {
    draft.error(parsed.line, parsed.message);
    return draft.finish({});
  }
  const options = expressImportOptions(draft, parsed.program, text);
  if (!options) return draft.finish({});
  return draft.finish(expressImportPolicy(draft, options));
}

/** The options object passed to `cors(...)`, following one `const` binding; null after an error. */
function expressImportOptions(draft: ImportDraft, program: Node, text: string): JsSourceValue | null {
  const nodes = jsSourceNodes(program);
  const calls = nodes.filter(
    (n) => n.type === 'CallExpression' && (n.callee as { name?: string }).name === 'cors',
  );
  if (calls.length > 1) {
    for (const call of calls.slice(1))
      draft.error(
        jsSourceLine(call),
        `several cors(…) calls: paste the one whose policy you want (one at a time)`,
      );
    return null;
  }
  const call = calls[0];
  if (!call) {
    const first = nodes.find((n) => n.type === 'ObjectExpression');
    if (first) return jsSourceValue(first);
    // `{ origin: 'x' }` alone parses as a block with a label: read it again as an expression.
    const again = jsSourceParse(`(${text}\n)`);
    const object =
      'program' in again
        ? jsSourceNodes(again.program).find((n) => n.type === 'ObjectExpression')
        : undefined;
    if (object) return jsSourceValue(object);
    draft.error(1, 'no cors(…) call and no options object found');
    return null;
  }
  const arg = (call.arguments as Node[])[0];
  if (!arg) return { kind: 'object', entries: [], line: jsSourceLine(call) };
  const value = jsSourceValue(arg);
  const id =
    (arg as { type: string; name?: string }).type === 'Identifier'
      ? (arg as { name?: string }).name
      : undefined;
  if (value.kind !== 'computed' || id === undefined) return value;
  const binding = nodes.find(
    (n) => n.type === 'VariableDeclarator' && (n.id as { name?: string }).name === id,
  );
  if (binding?.init) return jsSourceValue(binding.init as Node);
  return value;
}

function expressImportStrings(draft: ImportDraft, value: JsSourceValue, key: string): string[] | null {
  if (value.kind === 'string')
    return value.value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  if (value.kind === 'array') {
    const out: string[] = [];
    for (const item of value.items) {
      if (item.kind !== 'string') {
        draft.error(item.line, item.kind === 'computed' ? `${key}: ${item.why}` : `${key} must list strings`);
        return null;
      }
      out.push(item.value);
    }
    return out;
  }
  draft.error(
    value.line,
    value.kind === 'computed' ? `${key}: ${value.why}` : `${key} must be a string or an array of strings`,
  );
  return null;
}

function expressImportOrigin(draft: ImportDraft, value: JsSourceValue, policy: PolicyInput): void {
  draft.field('origin', value.line);
  if (value.kind === 'undefined' || (value.kind === 'string' && value.value === '*')) {
    policy.origin = { mode: 'any' };
    return;
  }
  if (value.kind === 'boolean') {
    if (value.value) policy.origin = { mode: 'reflect' };
    else policy.enabled = false;
    return;
  }
  if (value.kind === 'string') {
    const ok = importOriginMatchable(value.value);
    draft.note(
      `${name} sends the fixed origin '${value.value}' to every request, allowed or not; browsers accept it only on that origin's pages${ok ? '' : ', and no browser sends that Origin, so nothing is allowed'}.`,
    );
    policy.origin = { mode: 'list', allow: ok ? [value.value] : [] };
    return;
  }
  const items = value.kind === 'array' ? value.items : value.kind === 'regex' ? [value] : null;
  if (!items) {
    draft.error(
      value.line,
      value.kind === 'computed'
        ? `origin: ${value.why}; the import reads only a string, true/false, a RegExp or an array of them`
        : 'origin must be a string, a boolean, a RegExp or an array',
    );
    return;
  }
  const allow: ImportOriginEntry[] = [];
  for (const item of items) {
    if (item.kind === 'regex') {
      draft.field(`origin.allow[${allow.length}]`, item.line);
      allow.push({
        regex: item.pattern,
        anchor: 'none',
        ignoreCase: item.flags.includes('i'),
        flags: item.flags,
      });
    } else if (item.kind === 'string') {
      if (!importOriginMatchable(item.value)) {
        draft.note(
          `'${item.value}' (line ${item.line}) never equals an Origin a browser sends (${name} compares strings exactly: no wildcards, lower case, no path), so it allows nothing and is left out.`,
        );
        continue;
      }
      draft.field(`origin.allow[${allow.length}]`, item.line);
      allow.push(item.value);
    } else {
      draft.error(
        item.line,
        item.kind === 'computed' ? `origin: ${item.why}` : 'origin entries must be strings or RegExps',
      );
    }
  }
  policy.origin = { mode: 'list', allow };
}

function expressImportPolicy(draft: ImportDraft, options: JsSourceValue): PolicyInput {
  if (options.kind !== 'object') {
    draft.error(
      options.line,
      options.kind === 'computed'
        ? `cors options: ${options.why} (a per-request options delegate cannot be imported)`
        : 'cors(…) takes an options object',
    );
    return {};
  }
  const policy: PolicyInput = {
    origin: { mode: 'any' },
    allowMethods: { mode: 'list', values: defaultMethods },
    allowHeaders: { mode: 'reflect' },
    preflight: { status: 204, continue: false },
  };
  let status = 204;
  let proceed = false;
  for (const { key, value, line } of options.entries) {
    if (value.kind === 'computed' && key !== 'origin') {
      draft.error(value.line, `${key}: ${value.why}`);
      continue;
    }
    const field = (path: string) => draft.field(path, line);
    switch (key) {
      case 'origin':
        expressImportOrigin(draft, value, policy);
        break;
      case 'methods':
      case 'allowedHeaders':
      case 'headers': {
        const target = key === 'methods' ? 'allowMethods' : 'allowHeaders';
        field(target);
        const values = expressImportStrings(draft, value, key);
        if (values) policy[target] = { mode: 'list', values };
        break;
      }
      case 'exposedHeaders':
        field('exposeHeaders');
        policy.exposeHeaders = expressImportStrings(draft, value, key) ?? [];
        break;
      case 'credentials':
        // cors checks `=== true`: any other value sends nothing.
        policy.credentials = value.kind === 'boolean' && value.value;
        break;
      case 'maxAge': {
        field('maxAge');
        const seconds =
          value.kind === 'number' ? value.value : value.kind === 'string' ? Number(value.value) : NaN;
        if (value.kind === 'undefined' || seconds === 0) policy.maxAge = null;
        else if (Number.isInteger(seconds)) policy.maxAge = seconds;
        else draft.error(value.line, 'maxAge must be a whole number of seconds');
        break;
      }
      case 'preflightContinue':
        proceed = value.kind === 'boolean' && value.value;
        break;
      case 'optionsSuccessStatus':
        field('preflight');
        if (value.kind === 'number') status = value.value;
        else draft.error(value.line, 'optionsSuccessStatus must be a number');
        break;
      default:
        draft.error(
          line,
          `${key} is not an ${name} option (origin, methods, allowedHeaders, exposedHeaders, credentials, maxAge, preflightContinue, optionsSuccessStatus)`,
        );
    }
  }
  policy.preflight = { status, continue: proceed };
  draft.note(
    `${name} also sends Access-Control-Allow-Credentials (and on preflights -Methods, -Headers, -Max-Age) to disallowed origins, and answers every OPTIONS request carrying an Origin as a preflight; browsers' verdicts do not change.`,
  );
  return policy;
}
