import type { CorsRuleOverride, PolicyInput } from '@cors-playground/engine';
import { originEntryEscape } from '../export/originEntry.ts';
import { importDraftCreate, type ImportDraft } from './importDraft.ts';
import { nginxConfigParse, type NginxDirective } from './nginxConfig.ts';
import { nginxImportRule } from './nginxImportRule.ts';
import { nginxMapCollect } from './nginxMap.ts';
import type { PolicyImport } from './policyImport.ts';

interface NginxLocation {
  /** The engine's path pattern; null for `location /` (every other path). */
  path: string | null;
  /** nginx's precedence: `=` first, then regexes in order, then prefixes longest first. */
  rank: number;
  directives: NginxDirective[];
  line: number;
}

/**
 * The policy an nginx configuration enforces with `add_header`, `map $http_origin` and
 * `if ($request_method = OPTIONS)`: a whole nginx.conf, a `server` block or a bare snippet. Each
 * `location` becomes a path rule in nginx's precedence, `location /` (or the server level) the
 * top-level rule; add_header inheritance is followed (a level with its own add_header drops its parent's).
 */
export function nginxImport(text: string): PolicyImport {
  const draft = importDraftCreate('nginx', text);
  const parsed = nginxConfigParse(text);
  if (!Array.isArray(parsed)) {
    draft.error(parsed.line, `not valid nginx configuration: ${parsed.message}`);
    return draft.finish({});
  }
  const maps = nginxMapCollect(draft, parsed);
  let level = parsed;
  let inherited: NginxDirective[] = [];
  for (const container of ['http', 'server']) {
    const found = level.filter((d) => d.name === container && d.block);
    if (found.length > 1) {
      for (const d of found.slice(1))
        draft.error(d.line, `several ${container} blocks: paste the one serving your API`);
      return draft.finish({});
    }
    const block = found[0]?.block;
    if (!block) continue;
    const own = level.filter((d) => d.name === 'add_header');
    if (own.length > 0) inherited = own;
    level = block;
  }
  const own = level.filter((d) => d.name === 'add_header');
  const serverHeaders = own.length > 0 ? own : inherited;
  const locations = nginxImportLocations(draft, level);
  const root = locations.find((l) => l.path === null);
  const base = nginxImportRule(
    draft,
    root ? root.directives : level.filter((d) => d.name !== 'location'),
    root ? serverHeaders : inherited,
    maps,
  );
  const policy: PolicyInput = base ?? { enabled: false };
  policy.paths = [];
  for (const location of locations) {
    if (location.path === null) continue;
    const rule = nginxImportRule(draft, location.directives, serverHeaders, maps);
    draft.field(`paths[${policy.paths.length}]`, location.line);
    policy.paths.push({
      path: location.path,
      override: (rule ? { ...rule, enabled: true } : { enabled: false }) as CorsRuleOverride,
    });
  }
  if (policy.paths.length > 0)
    draft.note(
      'nginx matches locations against the decoded, normalised URI (%2F decoded, // merged); the playground against the raw path.',
    );
  if (!root && policy.paths.length > 0)
    draft.note("There is no location /: other paths get the server level's headers.");
  return draft.finish(policy);
}

function nginxImportLocations(draft: ImportDraft, level: NginxDirective[]): NginxLocation[] {
  const out: NginxLocation[] = [];
  level.forEach((d, order) => {
    if (d.name !== 'location' || !d.block) return;
    const [a = '', b] = d.args;
    const modifier = b === undefined ? '' : a;
    const uri = b === undefined ? a : b;
    if (d.block.some((inner) => inner.name === 'location'))
      draft.error(d.line, 'nested locations are not read by the import: paste them one level deep');
    if (uri.startsWith('@')) return;
    if (modifier === '^~')
      draft.error(
        d.line,
        'location ^~ stops the regex locations from being tried; the import does not model it (write it as a regex location)',
      );
    else if (modifier === '=')
      out.push({ path: `^${originEntryEscape(uri)}$`, rank: 0, directives: d.block, line: d.line });
    else if (modifier === '~' || modifier === '~*')
      out.push({
        path: modifier === '~*' ? `(?i)${uri}` : uri,
        rank: 1 + order / 1000,
        directives: d.block,
        line: d.line,
      });
    else if (modifier === '')
      out.push({
        path: uri === '/' ? null : `^${originEntryEscape(uri)}`,
        rank: 3 - uri.length / 10000,
        directives: d.block,
        line: d.line,
      });
    else draft.error(d.line, `location modifier ${modifier} is not known`);
  });
  return out.sort((x, y) => x.rank - y.rank);
}
