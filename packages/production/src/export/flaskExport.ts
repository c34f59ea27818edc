import type { CorsRule, Policy } from '@cors-playground/engine';
import { originEntryDialectGaps, originEntryEscape, originEntryKind } from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { middlewareDifferences } from './middlewareDifferences.ts';
import { policyRules } from './policyRules.ts';
import { pythonList, pythonString } from './pythonLiteral.ts';
import { pythonRegexGaps, pythonRegexOrigin } from './pythonRegex.ts';

const name = 'Flask-CORS';

/** Flask-CORS's own method list, sent when the policy reflects the requested method. */
const flaskAllMethods = ['GET', 'HEAD', 'POST', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'];

/** Characters that make Flask-CORS treat an origin string as a regex (its `probably_regex`). */
const flaskRegexChars = /[*\\\]?$^[()]/;

/** Flask's own answer to OPTIONS, with or without CORS: the playground's route has no OPTIONS handler. */
const flaskAutomaticOptions: ExportDifference = {
  aspect: 'preflight',
  message:
    'Flask answers OPTIONS on every route itself (automatic OPTIONS, 200) where CORS is off; the playground passes them to your route.',
};

/** One keyword argument: its name and its Python source. */
type FlaskOption = [string, string];

/**
 * Flask-CORS (`CORS(app, …)`) for a policy. Flask-CORS 3.0 matches every origin pattern with
 * `re.match(…, re.IGNORECASE)` and exact strings case-insensitively; the export scopes case-sensitive
 * patterns back with `(?-i:…)` and anchors each pattern itself, so matching is the engine's.
 */
export function flaskExport(policy: Policy): PolicyExport {
  const differences: ExportDifference[] = [];
  const lines = ['# pip install flask-cors', 'from flask_cors import CORS', ''];
  const rules = policyRules(policy);
  if (rules.every((entry) => !entry.rule.enabled)) {
    lines.push('# CORS is off: no CORS(app) at all, so no response carries CORS headers.');
    return policyExportResult('flask', 'python', `${lines.join('\n')}\n`, [flaskAutomaticOptions]);
  }
  if (rules.length === 1) {
    const options = flaskOptions(rules[0]!.rule, differences);
    lines.push(
      'CORS(',
      '    app,',
      ...options.map(([key, value]) => `    ${key}=${flaskIndent(value, 4)},`),
      ')',
    );
    return policyExportResult('flask', 'python', `${lines.join('\n')}\n`, differences);
  }
  const resources = rules.map((entry) => ({
    pattern: entry.path === null ? '.*' : `.*?(?:${entry.path})`,
    options: flaskOptions(entry.rule, differences),
  }));
  for (const entry of rules) {
    if (entry.path === null) continue;
    const gaps = originEntryDialectGaps(entry.path, 'python');
    if (gaps.length > 0) {
      differences.push({
        aspect: 'paths',
        message: `Python's re does not support ${gaps.join(', ')} in /${entry.path}/.`,
      });
    }
  }
  differences.push({
    aspect: 'paths',
    message:
      "Werkzeug's server reads a path starting with // as starting with one slash, the playground reads it as sent: //public/x can get another path rule.",
  });
  if (!flaskSortKeeps(resources.map((r) => r.pattern))) {
    differences.push({
      aspect: 'paths',
      message: `${name} tries resource patterns by its own specificity order (more slashes, then longer patterns first), not in the policy's order: another path rule than the playground's may apply.`,
    });
  }
  lines.push(
    '# Flask-CORS tries these with re.match on the decoded path; the last one is every other path.',
    'CORS(',
    '    app,',
    '    resources={',
    ...resources.flatMap(({ pattern, options }) => [
      `        ${pythonString(pattern, true)}: {`,
      ...options.map(([key, value]) => `            ${pythonString(key)}: ${flaskIndent(value, 12)},`),
      '        },',
    ]),
    '    },',
    ')',
  );
  return policyExportResult('flask', 'python', `${lines.join('\n')}\n`, differences);
}

/** The keyword arguments for one rule, with what Flask-CORS does differently for it. */
function flaskOptions(rule: CorsRule, differences: ExportDifference[]): FlaskOption[] {
  if (!rule.enabled) {
    differences.push(flaskAutomaticOptions);
    return [['origins', '[]']];
  }
  const options: FlaskOption[] = [...flaskOrigins(rule, differences)];
  if (rule.credentials) options.push(['supports_credentials', 'True']);
  if (rule.allowMethods.mode === 'list') {
    const methods = rule.allowMethods.values;
    options.push(['methods', pythonList(methods)]);
    if (flaskAllMethods.some((m) => m !== 'OPTIONS' && !methods.includes(m))) {
      differences.push(
        {
          aspect: 'methods',
          message: `${name} answers a preflight for a method not in the list without Access-Control-Allow-Methods (and without -Headers and -Max-Age); the playground sends them and the browser blocks either way.`,
        },
        ...(rule.maxAge !== null
          ? [
              {
                aspect: 'maxAge' as const,
                message: `${name} sends no Access-Control-Max-Age when the requested method is not allowed.`,
              },
            ]
          : []),
      );
    }
    const sorted = [...methods].sort();
    if (sorted.join() !== methods.join()) {
      differences.push({
        aspect: 'methods',
        message: `${name} sends Access-Control-Allow-Methods in alphabetical order.`,
      });
    }
  } else {
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: it allows its default list (${flaskAllMethods.join(', ')}).`,
    });
  }
  if (rule.allowHeaders.mode === 'list') {
    options.push(['allow_headers', pythonList(rule.allowHeaders.values)]);
    if (rule.allowHeaders.values.length > 0) {
      differences.push({
        aspect: 'allowHeaders',
        message: `${name} answers Access-Control-Allow-Headers with only the requested headers that are allowed (none when none were requested), not the whole list; the browser's verdict is the same.`,
      });
    }
  }
  if (rule.exposeHeaders.length > 0) {
    options.push(['expose_headers', pythonList(rule.exposeHeaders)]);
    differences.push({
      aspect: 'extraHeaders',
      message: `${name} also sends Access-Control-Expose-Headers on preflights; browsers ignore it there.`,
    });
  }
  // Flask-CORS drops a falsy max_age: the string "0" survives.
  if (rule.maxAge !== null) options.push(['max_age', rule.maxAge === 0 ? '"0"' : String(rule.maxAge)]);
  flaskBehaviour(rule, differences);
  return options;
}

function flaskOrigins(rule: CorsRule, differences: ExportDifference[]): FlaskOption[] {
  const origin = rule.origin;
  if (origin.mode === 'any' && !rule.credentials)
    return [
      ['origins', '"*"'],
      ['send_wildcard', 'True'],
    ];
  if (origin.mode !== 'list') {
    if (origin.mode === 'any') {
      differences.push({
        aspect: 'origin',
        message: `With credentials, ${name} echoes the request's Origin where the playground sends * (it refuses send_wildcard with credentials) — browsers will ALLOW credentialed requests the playground's policy lets them refuse.`,
      });
    } else if (!rule.credentials) {
      differences.push({
        aspect: 'noOrigin',
        message: `${name} sends Access-Control-Allow-Origin: * to requests without Origin (never a browser's cross-origin request).`,
      });
    }
    return [['origins', '"*"']];
  }
  const patterns: string[] = [];
  let exact = 0;
  for (const entry of origin.allow) {
    if (typeof entry !== 'string') {
      differences.push(
        ...pythonRegexGaps(entry.regex, `${name} treats a pattern that does not compile as matching nothing`),
      );
      patterns.push(pythonString(pythonRegexOrigin(entry, 'match', true), true));
    } else if (originEntryKind(entry) === 'wildcard') {
      patterns.push(pythonString(pythonRegexOrigin(entry, 'match', true), true));
    } else if (flaskRegexChars.test(entry)) {
      patterns.push(pythonString(`(?-i:${originEntryEscape(entry)}\\Z)`, true));
    } else {
      exact += 1;
      patterns.push(pythonString(entry));
      if (entry !== entry.toLowerCase()) {
        differences.push({
          aspect: 'origin',
          message: `${name} compares exact origins case-insensitively: ${entry} also allows its lower-case spelling.`,
        });
      }
    }
  }
  if (exact > 0) {
    differences.push({
      aspect: 'noOrigin',
      message: `${name} answers a request without Origin (never a browser's cross-origin request) with one Access-Control-Allow-Origin per exact origin in the list.`,
    });
  }
  return [['origins', patterns.length === 0 ? '[]' : `[\n${patterns.map((p) => `    ${p},`).join('\n')}\n]`]];
}

function flaskBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  if (
    rule.origin.mode !== 'any' ||
    rule.allowMethods.mode === 'reflect' ||
    rule.allowHeaders.mode === 'reflect'
  ) {
    differences.push({
      aspect: 'vary',
      message: `${name} adds Vary: Origin only to allowed origins, and only when the list has several entries or a pattern; it never varies on Access-Control-Request-* headers.`,
    });
  }
  if (rule.preflight.status !== 200 || rule.preflight.continue) {
    differences.push({
      aspect: 'preflight',
      message: `Flask answers every preflight on an existing route itself (automatic OPTIONS) with 200${rule.preflight.continue ? '; your view never sees it' : ` instead of ${rule.preflight.status}`}.`,
    });
  }
  differences.push(...middlewareDifferences(name, rule));
}

/** Whether Flask-CORS's resource sort (`parse_resources`) keeps `patterns` in their given order. */
function flaskSortKeeps(patterns: string[]): boolean {
  const key = (p: string): number[] =>
    flaskRegexChars.test(p)
      ? [1, 1, -p.split('/').length, -p.length]
      : [0, 0, -p.split('/').length, -p.length];
  const sorted = patterns
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => {
      for (let j = 0; j < 4; j++) if (a.k[j] !== b.k[j]) return a.k[j]! - b.k[j]!;
      return a.i - b.i;
    });
  return sorted.every((s, i) => s.i === i);
}

function flaskIndent(code: string, spaces: number): string {
  return code.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}
