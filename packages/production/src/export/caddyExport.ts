import type { CorsRule, Policy } from '@cors-playground/engine';
import {
  originEntryAnchoredSource,
  originEntryEscape,
  originEntryKind,
  originEntryWildcardSource,
} from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { policyRulesBase, policyRulesUnexported } from './policyRules.ts';

const name = 'Caddy';

/**
 * Caddyfile lines (inside a site block, next to your `reverse_proxy`) answering CORS: named matchers
 * decide per request, `header` adds each header where its matcher holds, `respond` answers preflights.
 * Caddy's `header_regexp` is Go's regexp, the same RE2 syntax the playground runs.
 */
export function caddyExport(policy: Policy): PolicyExport {
  const rule = policyRulesBase(policy);
  const differences: ExportDifference[] = policyRulesUnexported(policy, 'site');
  const lines = [
    '# Inside your site block, next to reverse_proxy (Caddy runs header and respond before it).',
    '# Your app must not send CORS headers itself (Caddy would add a second set).',
  ];
  if (!rule.enabled) {
    lines.push('# CORS is off: no CORS headers at all.');
    return policyExportResult('caddy', 'caddy', `${lines.join('\n')}\n`, differences);
  }
  lines.push('', ...caddyExportMatchers(rule), '', ...caddyExportHeaders(rule));
  if (rule.rejectDisallowedOrigin && rule.origin.mode === 'list') lines.push('respond @cors_rejected 403');
  if (!rule.preflight.continue) lines.push(`respond @cors_preflight ${rule.preflight.status}`);
  if (!rule.corsOnErrors) {
    differences.push({
      aspect: 'errors',
      message: `${name}'s header directive cannot depend on the response status: error responses keep the CORS headers the playground policy drops.`,
    });
  }
  return policyExportResult('caddy', 'caddy', `${lines.join('\n')}\n`, differences);
}

/** One RE2 pattern matching exactly the allowed origins (null: every request is allowed). */
function caddyExportOriginPattern(rule: CorsRule): string | null {
  const origin = rule.origin;
  if (origin.mode === 'any') return null;
  if (origin.mode === 'reflect') return '.';
  // RE2 has no (?!): an empty class is its never-matching pattern.
  if (origin.allow.length === 0) return '[^\\x00-\\x{10FFFF}]';
  return origin.allow
    .map((entry) => {
      if (typeof entry !== 'string') {
        const source = originEntryAnchoredSource(entry);
        return entry.ignoreCase ? `(?i:${source})` : `(?:${source})`;
      }
      if (originEntryKind(entry) === 'wildcard') return `(?:${originEntryWildcardSource(entry)})`;
      return `(?:^${originEntryEscape(entry)}$)`;
    })
    .join('|');
}

function caddyExportMatchers(rule: CorsRule): string[] {
  const pattern = caddyExportOriginPattern(rule);
  const allowed = pattern === null ? [] : [`    header_regexp Origin ${caddyString(pattern)}`];
  const preflight = ['    method OPTIONS', '    header Access-Control-Request-Method *'];
  const lines = [
    '# A preflight: OPTIONS carrying Access-Control-Request-Method (what the playground answers as one).',
    '@cors_preflight {',
    ...preflight,
    '}',
    '@cors_allowed_preflight {',
    ...preflight,
    ...allowed,
    '}',
    '@cors_allowed_actual {',
    ...allowed,
    '    not {',
    ...preflight.map((l) => `    ${l}`),
    '    }',
    '}',
  ];
  if (rule.allowHeaders.mode === 'reflect') {
    lines.push(
      '@cors_reflect_headers {',
      ...preflight,
      ...allowed,
      '    header Access-Control-Request-Headers *',
      '}',
    );
  }
  if (rule.rejectDisallowedOrigin && pattern !== null) {
    lines.push(
      '@cors_rejected {',
      '    header Origin *',
      '    not header_regexp Origin ' + caddyString(pattern),
      '}',
    );
  }
  return lines;
}

function caddyExportHeaders(rule: CorsRule): string[] {
  const origin = rule.origin.mode === 'any' ? '*' : '{http.request.header.Origin}';
  const both: string[] = [`Access-Control-Allow-Origin ${caddyString(origin)}`];
  if (rule.credentials) both.push('Access-Control-Allow-Credentials true');
  const preflight = [...both];
  if (rule.allowMethods.mode === 'reflect') {
    preflight.push('Access-Control-Allow-Methods {http.request.header.Access-Control-Request-Method}');
  } else if (rule.allowMethods.values.length > 0) {
    preflight.push(`Access-Control-Allow-Methods ${caddyString(rule.allowMethods.values.join(','))}`);
  }
  if (rule.allowHeaders.mode === 'list' && rule.allowHeaders.values.length > 0) {
    preflight.push(`Access-Control-Allow-Headers ${caddyString(rule.allowHeaders.values.join(','))}`);
  }
  if (rule.maxAge !== null) preflight.push(`Access-Control-Max-Age ${rule.maxAge}`);
  const actual = [...both];
  if (rule.exposeHeaders.length > 0) {
    actual.push(`Access-Control-Expose-Headers ${caddyString(rule.exposeHeaders.join(','))}`);
  }
  const block = (matcher: string, fields: string[]) => [
    `header ${matcher} {`,
    ...fields.map((f) => `    ${f}`),
    '}',
  ];
  const lines = [...block('@cors_allowed_preflight', preflight), ...block('@cors_allowed_actual', actual)];
  if (rule.allowHeaders.mode === 'reflect') {
    lines.push(
      'header @cors_reflect_headers Access-Control-Allow-Headers {http.request.header.Access-Control-Request-Headers}',
    );
  }
  if (rule.varyOrigin && rule.origin.mode !== 'any') lines.push('header +Vary Origin');
  if (rule.allowMethods.mode === 'reflect')
    lines.push('header @cors_preflight +Vary Access-Control-Request-Method');
  if (rule.allowHeaders.mode === 'reflect')
    lines.push('header @cors_preflight +Vary Access-Control-Request-Headers');
  return lines;
}

/** A Caddyfile token: backquoted (no escapes inside) unless it holds a backquote. */
function caddyString(text: string): string {
  if (/^[A-Za-z0-9_.,:*-]+$/.test(text)) return text;
  if (!text.includes('`')) return `\`${text}\``;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
