import type { CorsRule, Policy } from '@cors-playground/engine';
import {
  originEntryAnchoredSource,
  originEntryDialectGaps,
  originEntryEscape,
  originEntryKind,
  originEntryWildcardSource,
} from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

const name = 'NelmioCorsBundle';

/** `config/packages/nelmio_cors.yaml` for a policy: one `paths` entry per rule, first match wins. */
export function nelmioExport(policy: Policy): PolicyExport {
  const differences: ExportDifference[] = [];
  const lines = [
    '# config/packages/nelmio_cors.yaml (composer require nelmio/cors-bundle)',
    'nelmio_cors:',
    '    paths:',
  ];
  let count = 0;
  const written = new Set<string>();
  for (const entry of policyRules(policy)) {
    // Nelmio applies its settings only to matching `paths`; `^/` stands for "every other path".
    const pattern = entry.path ?? '^/';
    // A YAML mapping cannot hold a key twice (Symfony refuses the file), and both Nelmio and the
    // playground stop at the first matching pattern: a repeated pattern's rule is never applied.
    if (written.has(pattern)) {
      if (entry.path !== null)
        differences.push({
          aspect: 'paths',
          message: `A second rule for /${entry.path}/ is left out: an earlier rule has the same pattern, so neither ${name} nor the playground ever applies it.`,
        });
      continue;
    }
    written.add(pattern);
    if (entry.path !== null && /[A-Za-z]/.test(entry.path)) {
      differences.push({
        aspect: 'paths',
        message: `${name} matches the path pattern /${entry.path}/ case-insensitively.`,
      });
    }
    if (!entry.rule.enabled) {
      if (entry.path !== null) {
        differences.push({
          aspect: 'paths',
          message: `${name} cannot switch CORS off for /${entry.path}/ alone: the export allows no origin there, but Nelmio still answers its preflights (with Access-Control-Allow-Origin: null).`,
        });
        lines.push(`        ${yamlString(pattern)}:`, '            allow_origin: []');
        count++;
      }
      continue;
    }
    lines.push(
      `        ${yamlString(pattern)}:`,
      ...nelmioExportRule(entry.rule, differences).map((l) => `            ${l}`),
    );
    count++;
  }
  if (count === 0) lines[lines.length - 1] = '    paths: {} # CORS is off';
  return policyExportResult('nelmio', 'yaml', `${lines.join('\n')}\n`, differences);
}

function nelmioExportRule(rule: CorsRule, differences: ExportDifference[]): string[] {
  const lines: string[] = [];
  const origin = rule.origin;
  if (origin.mode === 'any') {
    // Nelmio echoes the Origin for '*'; forcing the value is how it sends a literal '*'.
    lines.push("allow_origin: ['*']", "forced_allow_origin_value: '*'");
  } else if (origin.mode === 'reflect') {
    lines.push("allow_origin: ['*']");
  } else if (origin.allow.every((e) => typeof e === 'string' && originEntryKind(e) !== 'wildcard')) {
    lines.push(`allow_origin: ${yamlList(origin.allow as string[])}`);
  } else {
    // One regex anywhere makes Nelmio read every entry as a case-insensitive, unanchored regex.
    const patterns = origin.allow.map((entry) => {
      if (typeof entry !== 'string') {
        const gaps = originEntryDialectGaps(entry.regex, 'pcre');
        if (gaps.length > 0) {
          differences.push({
            aspect: 'origin',
            message: `PCRE reads ${gaps.join(', ')} in /${entry.regex}/ differently.`,
          });
        }
        if (!entry.ignoreCase && /[A-Za-z]/.test(entry.regex)) {
          differences.push({
            aspect: 'origin',
            message: `${name} matches origin patterns case-insensitively, so /${entry.regex}/ also accepts other letter cases.`,
          });
        }
        return originEntryAnchoredSource(entry);
      }
      return originEntryKind(entry) === 'wildcard'
        ? originEntryWildcardSource(entry)
        : `^${originEntryEscape(entry)}$`;
    });
    lines.push('origin_regex: true', `allow_origin: ${yamlList(patterns)}`);
  }
  lines.push(`allow_credentials: ${rule.credentials}`);
  if (rule.allowMethods.mode === 'list') {
    lines.push(`allow_methods: ${yamlList(rule.allowMethods.values)}`);
  } else {
    lines.push(`allow_methods: ${yamlList(['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'])}`);
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: the export lists GET, HEAD, PUT, PATCH, POST, DELETE.`,
    });
  }
  // Nelmio reads allow_headers ['*'] as "echo Access-Control-Request-Headers".
  lines.push(
    `allow_headers: ${yamlList(rule.allowHeaders.mode === 'list' ? rule.allowHeaders.values : ['*'])}`,
  );
  if (rule.allowHeaders.mode === 'list' && rule.allowHeaders.values.includes('*')) {
    differences.push({
      aspect: 'allowHeaders',
      message: `${name} echoes the requested headers for '*' instead of sending a literal *, so it also allows them with credentials.`,
    });
  }
  lines.push(`expose_headers: ${yamlList(rule.exposeHeaders)}`);
  lines.push(`max_age: ${rule.maxAge ?? 0}`);
  if (rule.maxAge === 0) {
    differences.push({
      aspect: 'maxAge',
      message: `${name} sends no Access-Control-Max-Age for 0, so browsers cache the preflight for their default (5 s).`,
    });
  }
  nelmioExportBehaviour(rule, differences);
  return lines;
}

function nelmioExportBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  if (rule.preflight.status !== 200 || rule.preflight.continue) {
    differences.push({
      aspect: 'preflight',
      message: `${name} answers preflights itself with 200${rule.preflight.continue ? ', never passing them on to your controller' : ` instead of ${rule.preflight.status}`}, and with 405 when the requested method is not listed (400 for an unlisted header).`,
    });
  } else {
    differences.push({
      aspect: 'preflight',
      message: `${name} answers a preflight with 405 when the requested method is not listed and 400 for an unlisted header, where the playground answers normally and lets the browser decide.`,
    });
  }
  if (rule.origin.mode === 'list') {
    differences.push({
      aspect: 'origin',
      message: `${name} answers a disallowed origin's preflight with Access-Control-Allow-Origin: null, which a page whose origin is 'null' (sandboxed iframe, file:) would accept.`,
    });
  }
  if (!rule.varyOrigin || rule.origin.mode === 'any') {
    differences.push({
      aspect: 'vary',
      message: `${name} adds Vary: Origin to its preflight responses whatever the policy says.`,
    });
  }
  if (!rule.corsOnErrors) {
    differences.push({ aspect: 'errors', message: `${name} adds CORS headers to error responses too.` });
  }
  if (rule.rejectDisallowedOrigin) {
    differences.push({
      aspect: 'reject',
      message: `${name} does not reject disallowed origins with 403; your controller runs.`,
    });
  }
}

function yamlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function yamlList(values: string[]): string {
  return `[${values.map(yamlString).join(', ')}]`;
}
