import {
  apacheEnvAttribute,
  apacheEnvExpr,
  apacheEnvOrigin,
  apacheEnvSet,
  type ApacheEnv,
} from './apacheEnv.ts';
import { apacheImportPolicy, type ApacheHeader, type ApacheRewrite } from './apacheImportRule.ts';
import { importDraftCreate, type ImportDraft } from './importDraft.ts';
import type { PolicyImport } from './policyImport.ts';

/** Directives that decide nothing about CORS: read past. */
const ignored = /^(RewriteEngine|LoadModule|ProxyPass|ProxyPassReverse|ProxyPreserveHost|Options)$/i;

/**
 * The policy of Apache httpd 2.4 `mod_headers` lines (server, virtual-host or directory context):
 * `SetEnvIf[NoCase] Origin` tests (PCRE searched in the header) and `<If "%{HTTP:Origin} …">` blocks
 * decide the allowed origins, `Header [always] set … env=VAR` sends each header, `SetEnvIfExpr`
 * combines variables, and mod_rewrite's `R=` / `F` answer preflights and refuse origins. Anything
 * else that could change a CORS header is refused at its line.
 */
export function apacheImport(text: string): PolicyImport {
  const draft = importDraftCreate('apache', text);
  const envs = new Map<string, ApacheEnv>();
  const headers: ApacheHeader[] = [];
  const rewrites: ApacheRewrite[] = [];
  let conds: string[] = [];
  let block: { name: string; line: number } | null = null;
  const lines = draft.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let raw = lines[i]!.trim();
    while (raw.endsWith('\\') && i + 1 < lines.length) raw = `${raw.slice(0, -1)} ${lines[++i]!.trim()}`;
    if (raw === '' || raw.startsWith('#')) continue;
    if (/^<If\s/i.test(raw)) {
      if (block) return apacheImportFail(draft, line, '<If> inside <If>: write one condition');
      const condition = /^<If\s+"(.*)"\s*>$/i.exec(raw)?.[1];
      const entries = condition === undefined ? null : apacheImportIf(condition);
      if (!entries)
        return apacheImportFail(
          draft,
          line,
          `only <If "%{HTTP:Origin} == '…' || %{HTTP:Origin} =~ m#…#i"> is read (origins compared, joined by ||)`,
        );
      block = { name: `<If> line ${line}`, line };
      envs.set(block.name, { kind: 'origins', entries });
      continue;
    }
    if (/^<\/If>$/i.test(raw) && block) {
      block = null;
      continue;
    }
    if (/^<(Else|ElseIf|Location|Directory|Files|VirtualHost|\/)/i.test(raw)) {
      if (/^<(Location|Directory|Files|VirtualHost)|^<\/(Location|Directory|Files|VirtualHost)/i.test(raw)) {
        draft.error(
          line,
          'sections scope the lines inside them to some paths or hosts: paste one section’s lines',
        );
      } else draft.error(line, `${raw}: only a single <If> on the Origin is read`);
      continue;
    }
    const words = apacheImportWords(raw);
    const directive = words[0] ?? '';
    if (/^SetEnvIf(NoCase)?$/i.test(directive)) {
      const attribute = apacheEnvAttribute(words[1] ?? '');
      const [name, value] = (words[3] ?? '').split('=', 2) as [string, string | undefined];
      if (!attribute || !name || words.length !== 4) {
        if (/origin|access-control|method/i.test(raw) || words.length !== 4)
          draft.error(
            line,
            `${directive}: only Origin, Access-Control-Request-*, Request_Method tests setting one variable are read`,
          );
        continue;
      }
      const env = apacheEnvSet(attribute, words[2]!, value, /NoCase$/i.test(directive));
      if (typeof env === 'string') draft.error(line, env);
      else apacheImportDefine(draft, envs, name, env, line);
    } else if (/^SetEnvIfExpr$/i.test(directive)) {
      const env = apacheEnvExpr(words[1] ?? '');
      if (typeof env === 'string' || words.length !== 3)
        draft.error(line, typeof env === 'string' ? env : 'SetEnvIfExpr sets one variable');
      else apacheImportDefine(draft, envs, words[2]!, env, line);
    } else if (/^Header$/i.test(directive)) {
      const header = apacheImportHeader(words.slice(1), line);
      if (typeof header === 'string') draft.error(line, header);
      else if (header) {
        if (block && header.env) draft.error(line, 'env= inside <If>: use one or the other');
        else headers.push(block ? { ...header, env: { name: block.name, negate: false } } : header);
      }
    } else if (/^RewriteCond$/i.test(directive)) {
      conds.push(`${words[1] ?? ''} ${words[2] ?? ''}`);
    } else if (/^RewriteRule$/i.test(directive)) {
      rewrites.push({ conds, flags: words[3] ?? '', line, plain: words[1] === '^' && words[2] === '-' });
      conds = [];
    } else if (/^Header(Name)?$|^RequestHeader$/i.test(directive) || !ignored.test(directive)) {
      draft.error(
        line,
        `${directive} is not read by the import (SetEnvIf, SetEnvIfExpr, Header, <If> on the Origin, RewriteCond/RewriteRule are)`,
      );
    }
  }
  if (block) draft.error(block.line, '<If> without </If>');
  if (draft.errors.length > 0) return draft.finish({});
  return draft.finish(apacheImportPolicy(draft, envs, headers, rewrites));
}

function apacheImportFail(draft: ImportDraft, line: number, message: string): PolicyImport {
  draft.error(line, message);
  return draft.finish({});
}

function apacheImportDefine(
  draft: ImportDraft,
  envs: Map<string, ApacheEnv>,
  name: string,
  env: ApacheEnv,
  line: number,
): void {
  const before = envs.get(name);
  // Several SetEnvIf Origin lines setting one variable: any of them lets the origin through.
  if (before?.kind === 'origins' && env.kind === 'origins') before.entries.push(...env.entries);
  else if (before)
    draft.error(line, `${name} is set a second, different way: the import reads one meaning per variable`);
  else envs.set(name, env);
}

/** The origin entries of an `<If>` condition comparing %{HTTP:Origin}, or null. */
function apacheImportIf(condition: string): ReturnType<typeof apacheEnvOrigin>[] | null {
  const entries: ReturnType<typeof apacheEnvOrigin>[] = [];
  for (const term of condition.split('||').map((t) => t.trim())) {
    const equal = /^%\{HTTP:Origin\}\s*==\s*'([^']*)'$/i.exec(term);
    const match = /^%\{HTTP:Origin\}\s*=~\s*(?:m(.)|(\/))(.*)(?:\1|\/)(i?)$/i.exec(term);
    if (equal) entries.push(equal[1]!);
    else if (match) entries.push(apacheEnvOrigin(match[3]!, match[4] === 'i'));
    else return null;
  }
  return entries;
}

/** `Header [always|onsuccess] set|merge|append|add Name value [env=[!]VAR]`; null for a non-CORS header. */
function apacheImportHeader(words: string[], line: number): ApacheHeader | string | null {
  let always = false;
  if (/^(always|onsuccess)$/i.test(words[0] ?? '')) always = words.shift()!.toLowerCase() === 'always';
  const [action = '', name = '', value = '', condition] = words;
  const lower = name.toLowerCase();
  if (!lower.startsWith('access-control-') && lower !== 'vary') return null;
  if (!/^(set|merge|append|add|setifempty)$/i.test(action) || words.length > 4)
    return `Header ${action} ${name}: only set, merge, append and add with a value and env= are read`;
  if (value.startsWith('expr=') || (condition && !condition.startsWith('env=')))
    return 'expr= conditions and values are computed at run time: use SetEnvIf and env=';
  const env = condition ? /^env=(!?)(.+)$/.exec(condition) : null;
  return {
    name: lower,
    value,
    always,
    line,
    env: env ? { name: env[2]!, negate: env[1] === '!' } : null,
  };
}

/** Apache's argument words: double or single quotes group, a backslash escapes a quote or a backslash. */
function apacheImportWords(raw: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+)/g;
  for (const m of raw.matchAll(re)) {
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    words.push(m[3] !== undefined ? word : word.replace(/\\([\\"'])/g, '$1'));
  }
  return words;
}
