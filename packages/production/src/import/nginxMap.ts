import type { ImportDraft, ImportOriginEntry } from './importDraft.ts';
import type { NginxDirective } from './nginxConfig.ts';

/** A `map $source $variable { … }` block: exact keys (matched ignoring case), regexes in order, default. */
export interface NginxMap {
  source: string;
  exact: Map<string, string>;
  regexes: Array<{ pattern: string; ignoreCase: boolean; value: string }>;
  fallback: string;
  line: number;
}

/** Every `map` of the configuration by the variable it defines (`$cors_origin`). */
export function nginxMapCollect(
  draft: ImportDraft,
  directives: NginxDirective[],
  into = new Map<string, NginxMap>(),
): Map<string, NginxMap> {
  for (const d of directives) {
    if (d.name === 'map' && d.block) {
      const [source = '', variable = ''] = d.args;
      const map: NginxMap = { source, exact: new Map(), regexes: [], fallback: '', line: d.line };
      for (const entry of d.block) {
        const value = entry.args[0] ?? '';
        if (entry.name === 'default') map.fallback = value;
        else if (entry.name === 'hostnames' || entry.name === 'include')
          draft.error(entry.line, `map ${entry.name} is not supported by the import: write the entries out`);
        else if (entry.name === 'volatile') continue;
        else if (entry.name.startsWith('~*'))
          map.regexes.push({ pattern: entry.name.slice(2), ignoreCase: true, value });
        else if (entry.name.startsWith('~'))
          map.regexes.push({ pattern: entry.name.slice(1), ignoreCase: false, value });
        else
          map.exact.set(
            (entry.name.startsWith('\\') ? entry.name.slice(1) : entry.name).toLowerCase(),
            value,
          );
      }
      into.set(variable, map);
    } else if (d.block && d.name !== 'location') nginxMapCollect(draft, d.block, into);
  }
  return into;
}

/**
 * The allowed origins of a map on `$http_origin` whose matches yield `$http_origin` (or the origin
 * itself) and whose default is empty: exactly the engine's origin list. Null after an error.
 */
export function nginxMapOrigins(draft: ImportDraft, map: NginxMap, line: number): ImportOriginEntry[] | null {
  if (map.source !== '$http_origin') {
    draft.error(
      line,
      `the map for Access-Control-Allow-Origin reads ${map.source}, not $http_origin: the import cannot tell which origins it allows`,
    );
    return null;
  }
  if (map.fallback !== '') {
    draft.error(
      map.line,
      `this map sends '${map.fallback}' to unlisted origins: the import reads only maps whose default is "" (send nothing)`,
    );
    return null;
  }
  const allow: ImportOriginEntry[] = [];
  const allows = (key: string, value: string) => value === '$http_origin' || value === key;
  for (const [key, value] of map.exact) {
    if (value === '') continue;
    if (!allows(key, value)) {
      draft.error(map.line, `the entry for ${key} sends '${value}', not the Origin itself`);
      return null;
    }
    allow.push(key);
  }
  for (const r of map.regexes) {
    if (r.value === '') {
      draft.error(
        map.line,
        `the pattern ~${r.pattern} maps to "": a deny pattern among allow patterns depends on their order, which the playground's list cannot express`,
      );
      return null;
    }
    if (r.value !== '$http_origin') {
      draft.error(map.line, `the pattern ~${r.pattern} sends '${r.value}', not $http_origin`);
      return null;
    }
    allow.push({ regex: r.pattern, anchor: 'none', ignoreCase: r.ignoreCase });
  }
  return allow;
}

/**
 * What a header value sent only to allowed origins resolves to: the value itself, or for a map keyed on
 * the Access-Control-Allow-Origin variable with `"" ""` and a default, that default. Null when unknown.
 */
export function nginxMapAllowedValue(
  value: string,
  maps: Map<string, NginxMap>,
  originVariable: string | null,
): string | null {
  if (!value.startsWith('$') || /^\$http_access_control_request_(method|headers)$/.test(value)) return value;
  const map = maps.get(value);
  if (!map || map.source !== originVariable || map.regexes.length > 0) return null;
  if ([...map.exact].some(([k, v]) => k !== '' || v !== '')) return null;
  return map.fallback;
}

/** Whether `if (…)` tests the preflight map the export writes, or `$request_method = OPTIONS`. */
export function nginxMapCondition(
  condition: string,
  maps: Map<string, NginxMap>,
): 'preflight' | 'options' | 'reject' | null {
  const c = condition.replace(/\s+/g, '');
  if (/^\(\$request_method=(OPTIONS|"OPTIONS"|'OPTIONS')\)$/.test(c)) return 'options';
  const variable = /^\((\$\w+)\)$/.exec(c)?.[1];
  const map = variable ? maps.get(variable) : undefined;
  if (!map || map.exact.size > 0 || map.regexes.length !== 1 || !['', '0'].includes(map.fallback))
    return null;
  const [r] = map.regexes;
  if (
    map.source === '$request_method:$http_access_control_request_method' &&
    r?.pattern === '^OPTIONS:.' &&
    r.value === '1'
  )
    return 'preflight';
  if (/^\$http_origin\|\$\w+$/.test(map.source) && r?.pattern === '^[^|]+\\|$' && r.value === '1')
    return 'reject';
  return null;
}
