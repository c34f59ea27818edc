import type { CorsRule, Policy } from '@cors-playground/engine';
import {
  originEntryAnchoredSource,
  originEntryDialectGaps,
  originEntryKind,
  originEntryPcreGaps,
  originEntryWildcardSource,
} from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

/**
 * nginx configuration answering CORS in front of an app: `map`s (http context) decide per request, a
 * `location` per rule adds the headers. Empty map values make nginx skip the `add_header`, which is how
 * disallowed origins get nothing but `Vary`, exactly like the playground.
 */
export function nginxExport(policy: Policy): PolicyExport {
  const differences: ExportDifference[] = [];
  const maps = [
    '# http { } context',
    '# 1 for a preflight: OPTIONS carrying Access-Control-Request-Method (what the playground answers as one).',
    'map "$request_method:$http_access_control_request_method" $cors_preflight {',
    '    default 0;',
    '    "~^OPTIONS:." 1;',
    '}',
  ];
  const locations: string[] = [];
  const rules = policyRules(policy);
  rules.forEach((entry, i) => {
    const id = entry.path === null ? 'default' : `path${i}`;
    if (entry.path !== null) {
      const gaps = originEntryDialectGaps(entry.path, 'pcre');
      if (gaps.length > 0) {
        differences.push({
          aspect: 'paths',
          message: `PCRE reads ${gaps.join(', ')} in /${entry.path}/ differently.`,
        });
      }
      differences.push({
        aspect: 'paths',
        message:
          'nginx matches location patterns against the decoded, normalised URI (%2F decoded, // merged), the playground against the raw path.',
      });
    }
    const location = entry.path === null ? 'location / {' : `location ~ ${nginxString(entry.path)} {`;
    if (!entry.rule.enabled) {
      locations.push(location, '    # CORS is off here', '    proxy_pass http://app;', '}', '');
      return;
    }
    maps.push('', ...nginxExportMaps(entry.rule, id, differences));
    locations.push(
      location,
      ...nginxExportLocation(entry.rule, id, differences).map((l) => `    ${l}`),
      '}',
      '',
    );
  });
  const code = [
    ...maps,
    '',
    '# server { } context. Your app must not send CORS headers itself (nginx would add a second set).',
    ...locations,
  ].join('\n');
  return policyExportResult('nginx', 'nginx', code, differences);
}

function nginxExportMaps(rule: CorsRule, id: string, differences: ExportDifference[]): string[] {
  const origin = rule.origin;
  const lines = [`map $http_origin $cors_origin_${id} {`];
  if (origin.mode === 'any') lines.push('    default "*";');
  else if (origin.mode === 'reflect') lines.push('    default "";', '    "~." $http_origin;');
  else {
    lines.push('    default "";');
    for (const entry of origin.allow) {
      if (typeof entry !== 'string') {
        differences.push(...originEntryPcreGaps(entry.regex));
        lines.push(
          `    ${nginxString(`${entry.ignoreCase ? '~*' : '~'}${originEntryAnchoredSource(entry)}`)} $http_origin;`,
        );
      } else if (originEntryKind(entry) === 'wildcard') {
        lines.push(`    ${nginxString(`~${originEntryWildcardSource(entry)}`)} $http_origin;`);
      } else {
        lines.push(`    ${nginxString(entry.startsWith('~') ? `\\${entry}` : entry)} $http_origin;`);
      }
    }
  }
  lines.push('}');
  // Credentials and the preflight headers go only to allowed origins, like the playground.
  const allowedOnly = (variable: string, value: string) => [
    `map $cors_origin_${id} $cors_${variable}_${id} {`,
    `    "" "";`,
    `    default ${value};`,
    '}',
  ];
  if (rule.credentials) lines.push(...allowedOnly('credentials', '"true"'));
  if (rule.allowMethods.mode === 'reflect')
    lines.push(...allowedOnly('methods', '$http_access_control_request_method'));
  else if (rule.allowMethods.values.length > 0)
    lines.push(...allowedOnly('methods', nginxString(rule.allowMethods.values.join(','))));
  if (rule.allowHeaders.mode === 'reflect')
    lines.push(...allowedOnly('headers', '$http_access_control_request_headers'));
  else if (rule.allowHeaders.values.length > 0)
    lines.push(...allowedOnly('headers', nginxString(rule.allowHeaders.values.join(','))));
  if (rule.exposeHeaders.length > 0)
    lines.push(...allowedOnly('expose', nginxString(rule.exposeHeaders.join(','))));
  if (rule.maxAge !== null) lines.push(...allowedOnly('max_age', nginxString(String(rule.maxAge))));
  if (rule.rejectDisallowedOrigin) {
    lines.push(
      `map "$http_origin|$cors_origin_${id}" $cors_reject_${id} {`,
      '    default 0;',
      '    "~^[^|]+\\|$" 1;',
      '}',
    );
  }
  return lines;
}

function nginxExportLocation(rule: CorsRule, id: string, differences: ExportDifference[]): string[] {
  // Without `always`, nginx adds headers to 2xx/3xx only: exactly `corsOnErrors: false`.
  const always = rule.corsOnErrors ? ' always' : '';
  const add = (header: string, value: string) => `add_header ${header} ${value}${always};`;
  const varyParts = rule.varyOrigin && rule.origin.mode !== 'any' ? ['Origin'] : [];
  const preflightVary = [
    ...varyParts,
    ...(rule.allowMethods.mode === 'reflect' ? ['Access-Control-Request-Method'] : []),
    ...(rule.allowHeaders.mode === 'reflect' ? ['Access-Control-Request-Headers'] : []),
  ];
  const common = [add('Access-Control-Allow-Origin', `$cors_origin_${id}`)];
  if (rule.credentials) common.push(add('Access-Control-Allow-Credentials', `$cors_credentials_${id}`));
  const preflight = [...common];
  if (rule.allowMethods.mode === 'reflect' || rule.allowMethods.values.length > 0) {
    preflight.push(add('Access-Control-Allow-Methods', `$cors_methods_${id}`));
  }
  if (rule.allowHeaders.mode === 'reflect' || rule.allowHeaders.values.length > 0) {
    preflight.push(add('Access-Control-Allow-Headers', `$cors_headers_${id}`));
  }
  if (rule.maxAge !== null) preflight.push(add('Access-Control-Max-Age', `$cors_max_age_${id}`));
  if (preflightVary.length > 0) preflight.push(add('Vary', nginxString(preflightVary.join(', '))));
  const actual = [...common];
  if (rule.exposeHeaders.length > 0) actual.push(add('Access-Control-Expose-Headers', `$cors_expose_${id}`));
  if (varyParts.length > 0) actual.push(add('Vary', nginxString(varyParts.join(', '))));

  const lines: string[] = [];
  if (rule.rejectDisallowedOrigin) {
    const vary = varyParts.length > 0 ? [`    ${add('Vary', 'Origin')}`] : [];
    lines.push(`if ($cors_reject_${id}) {`, ...vary, '    return 403;', '}');
  }
  const status = rule.preflight.status;
  const returnable = status >= 200 && (status < 300 || status >= 400) && status !== 444;
  if (!rule.preflight.continue && !returnable) {
    differences.push({
      aspect: 'preflight',
      message: `nginx cannot answer a preflight with ${status} by \`return\`; the export answers 204.`,
    });
  }
  lines.push(`if ($cors_preflight) {`, ...preflight.map((l) => `    ${l}`));
  if (!rule.preflight.continue) lines.push(`    return ${returnable ? status : 204};`);
  lines.push('}', ...actual, 'proxy_pass http://app;');
  return lines;
}

/** A double-quoted nginx string: nginx unescapes \\" \\' \\\\ \\t \\r \\n inside quotes, so those are doubled. */
function nginxString(text: string): string {
  return `"${text.replace(/\\(?=["'\\trn])/g, '\\\\').replace(/"/g, '\\"')}"`;
}
