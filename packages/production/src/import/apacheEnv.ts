import type { ImportOriginEntry } from './importDraft.ts';
import { importOriginMatchable } from './importOrigin.ts';

/**
 * What an Apache environment variable set by `SetEnvIf` / `SetEnvIfExpr` (or an `<If>` on the Origin)
 * stands for: an allowed-origin test, a request value it holds, or the conjunction of others.
 */
export type ApacheEnv =
  | { kind: 'origins'; entries: ImportOriginEntry[]; holds?: boolean }
  | { kind: 'holds'; of: 'origin' | 'acrm' | 'acrh' }
  | { kind: 'present'; of: 'origin' | 'acrm' | 'acrh' }
  | { kind: 'always' }
  | { kind: 'options' }
  | { kind: 'and'; parts: Array<{ name: string; negate: boolean }>; options: boolean };

/** What a `Header … env=VAR` condition requires of the request, flattened. */
export interface ApacheEnvFacts {
  /** The variable testing allowed origins; null when any origin passes. */
  origins: string | null;
  /** True: preflights only; false: actual requests only; null: both. */
  preflight: boolean | null;
}

/** The request header a `SetEnvIf` attribute names, or null when it is not one CORS depends on. */
export function apacheEnvAttribute(attribute: string): 'origin' | 'acrm' | 'acrh' | 'method' | null {
  const lower = attribute.toLowerCase();
  if (lower === 'origin') return 'origin';
  if (lower === 'access-control-request-method') return 'acrm';
  if (lower === 'access-control-request-headers') return 'acrh';
  if (lower === 'request_method') return 'method';
  return null;
}

/** Reads one `SetEnvIf[NoCase] attribute regex VAR[=value]`; a string names what cannot be read. */
export function apacheEnvSet(
  attribute: 'origin' | 'acrm' | 'acrh' | 'method',
  regex: string,
  value: string | undefined,
  noCase: boolean,
): ApacheEnv | string {
  const whole = regex === '^(.+)$' || regex === '(.+)' || regex === '^(.*)$';
  if (value !== undefined) {
    if ((value === '$1' && whole) || (value === '$0' && (regex === '.+' || regex === '^.+$')))
      return attribute === 'method'
        ? 'the request method is not a CORS value'
        : { kind: 'holds', of: attribute };
    // The whole match of a pattern anchored at both ends is the whole Origin: a test that holds it.
    if (value === '$0' && attribute === 'origin' && regex.startsWith('^') && regex.endsWith('$'))
      return { kind: 'origins', entries: [apacheEnvOrigin(regex, noCase)], holds: true };
    return `a variable holding ${value} of /${regex}/: only the whole header ("^(.+)$" with $1) is read`;
  }
  if (regex === '.' || regex === '.+' || regex === '^.+$' || whole)
    return attribute === 'method' ? { kind: 'always' } : { kind: 'present', of: attribute };
  if (attribute === 'method' && /^\^?OPTIONS\$?$/i.test(regex)) return { kind: 'options' };
  if (attribute !== 'origin') return `a test of ${attribute} against /${regex}/ decides nothing CORS does`;
  return { kind: 'origins', entries: [apacheEnvOrigin(regex, noCase)] };
}

/**
 * The origin entry a PCRE pattern searched in Origin stands for: `^literal$` is that exact origin,
 * `^(?:x)$` and `^(?:x)` are x anchored, anything else is searched as it is.
 */
export function apacheEnvOrigin(regex: string, noCase: boolean): ImportOriginEntry {
  const literal = /^\^((?:[^\\^$.*+?()[\]{}|]|\\[\\^$.*+?()[\]{}|/-])*)\$$/.exec(regex);
  if (literal) {
    const origin = literal[1]!.replace(/\\(.)/g, '$1');
    if (importOriginMatchable(origin) && (!noCase || origin === origin.toLowerCase())) return origin;
  }
  const group = /^\^\(\?:(.*)\)(\$?)$/s.exec(regex);
  if (group && apacheEnvBalanced(group[1]!)) {
    return { regex: group[1]!, anchor: group[2] ? 'both' : 'start', ignoreCase: noCase };
  }
  return { regex, anchor: 'none', ignoreCase: noCase };
}

/** Whether every group opened in `source` closes in it (so `(?:source)` is one group). */
function apacheEnvBalanced(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Reads `SetEnvIfExpr "…" VAR`: `-n reqenv('X')` / `-z reqenv('X')` / `%{REQUEST_METHOD} == 'OPTIONS'` joined by &&. */
export function apacheEnvExpr(expr: string): ApacheEnv | string {
  const parts: Array<{ name: string; negate: boolean }> = [];
  let options = false;
  for (const term of expr.split('&&').map((t) => t.trim())) {
    const env = /^-([nz])\s+reqenv\(\s*'([^']+)'\s*\)$/.exec(term);
    if (env) parts.push({ name: env[2]!, negate: env[1] === 'z' });
    else if (/^%\{REQUEST_METHOD\}\s*==\s*'OPTIONS'$/.test(term)) options = true;
    else
      return `the expression term "${term}" (only -n/-z reqenv('…') and %{REQUEST_METHOD} == 'OPTIONS' joined by && are read)`;
  }
  return { kind: 'and', parts, options };
}

/** Flattens the condition `name` (negated or not) puts on a request; a string names what cannot be read. */
export function apacheEnvFacts(
  envs: Map<string, ApacheEnv>,
  name: string,
  negate = false,
  nesting = 0,
): ApacheEnvFacts | string {
  if (nesting > 8) return `env=${name}: variables nest too deeply`;
  const facts: ApacheEnvFacts = { origins: null, preflight: null };
  let options = false;
  let acrm = false;
  const visit = (n: string, neg: boolean, depth: number): string | null => {
    // An unset variable is never set: an allowed-origin test nothing passes.
    const env = envs.get(n) ?? { kind: 'origins', entries: [] };
    if (depth > 8) return `env=${name}: variables nest too deeply`;
    if (neg) {
      // "Not a preflight" is the only negation CORS needs.
      const flat = apacheEnvFacts(envs, n, false, nesting + depth + 1);
      if (typeof flat !== 'string' && flat.preflight === true && flat.origins === null) {
        facts.preflight = false;
        return null;
      }
      return `env=!${n} / -z reqenv('${n}'): only "not a preflight" can be negated`;
    }
    if (env.kind === 'and') {
      if (env.options) options = true;
      for (const p of env.parts) {
        const error = visit(p.name, p.negate, depth + 1);
        if (error) return error;
      }
      return null;
    }
    if (env.kind === 'origins') facts.origins = n;
    else if (env.kind === 'options') options = true;
    else if (env.kind === 'present' && env.of === 'acrm') acrm = true;
    return null;
  };
  const error = visit(name, negate, 0);
  if (error) return error;
  if (options && acrm) facts.preflight = true;
  else if (options || acrm)
    return `env=${name}: a preflight is OPTIONS with Access-Control-Request-Method; test both`;
  return facts;
}
