import type { CorsRule, Policy } from '@cors-playground/engine';
import { originEntryAnchoredSource, originEntryKind, originEntryWildcardSource } from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { middlewareDifferences } from './middlewareDifferences.ts';
import { policyRules, policyRulesBase } from './policyRules.ts';
import { pythonList, pythonString } from './pythonLiteral.ts';
import { pythonRegexGaps } from './pythonRegex.ts';

const name = 'django-cors-headers';

/** django-cors-headers `settings.py` for a policy. */
export function djangoExport(policy: Policy): PolicyExport {
  const rule = policyRulesBase(policy);
  const differences: ExportDifference[] = [];
  const lines = [
    '# settings.py (pip install django-cors-headers)',
    'INSTALLED_APPS += ["corsheaders"]',
    '# As high as possible, above any middleware that can answer (CommonMiddleware, WhiteNoise…).',
    'MIDDLEWARE.insert(0, "corsheaders.middleware.CorsMiddleware")',
    '',
  ];
  lines.push(...djangoExportOrigins(rule, differences));
  lines.push(`CORS_ALLOW_CREDENTIALS = ${rule.credentials ? 'True' : 'False'}`);
  if (rule.allowMethods.mode === 'list') {
    lines.push(`CORS_ALLOW_METHODS = ${pythonList(rule.allowMethods.values)}`);
  } else {
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: its default list (DELETE, GET, OPTIONS, PATCH, POST, PUT) is sent instead.`,
    });
  }
  if (rule.allowHeaders.mode === 'list') {
    lines.push(`CORS_ALLOW_HEADERS = ${pythonList(rule.allowHeaders.values)}`);
  } else {
    differences.push({
      aspect: 'allowHeaders',
      message: `${name} cannot reflect Access-Control-Request-Headers: its default list (accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with; before 4.0, as in Debian 12's 3.14, also accept-encoding, dnt and origin) is sent instead.`,
    });
  }
  if (rule.allowMethods.mode === 'reflect' || rule.allowHeaders.mode === 'reflect') {
    differences.push({
      aspect: 'vary',
      message: `${name} sends only Vary: Origin on preflights; the playground also varies them on the Access-Control-Request-* headers it reflects.`,
    });
  }
  lines.push(`CORS_EXPOSE_HEADERS = ${pythonList(rule.exposeHeaders)}`);
  // django-cors-headers treats any falsy max-age as "send none".
  lines.push(`CORS_PREFLIGHT_MAX_AGE = ${rule.maxAge ?? 0}`);
  if (rule.maxAge === 0) {
    differences.push({
      aspect: 'maxAge',
      message: `${name} sends no Access-Control-Max-Age for 0, so browsers cache the preflight for their default (5 s) instead of not at all.`,
    });
  }
  lines.push(...djangoExportPaths(policy, differences));
  djangoExportBehaviour(rule, differences);
  // CORS off everywhere: the middleware adds nothing, exactly like the playground.
  const off = !policy.enabled && policy.paths.length === 0;
  return policyExportResult('django', 'python', `${lines.join('\n')}\n`, off ? [] : differences);
}

function djangoExportOrigins(rule: CorsRule, differences: ExportDifference[]): string[] {
  const origin = rule.origin;
  if (origin.mode !== 'list') {
    if (origin.mode === 'any' && rule.credentials) {
      differences.push({
        aspect: 'origin',
        message: `With credentials, ${name} echoes the request's Origin where the playground sends * — browsers will ALLOW credentialed requests the playground's policy lets them refuse.`,
      });
    }
    if (origin.mode === 'reflect' && !rule.credentials) {
      differences.push({
        aspect: 'origin',
        message: `Without credentials, ${name} sends Access-Control-Allow-Origin: * where the playground echoes the Origin.`,
      });
    }
    return ['CORS_ALLOW_ALL_ORIGINS = True'];
  }
  const exact: string[] = [];
  const regexes: string[] = [];
  for (const entry of origin.allow) {
    const kind = originEntryKind(entry);
    if (typeof entry !== 'string') {
      differences.push(...pythonRegexGaps(entry.regex, 'it will not compile or will match differently'));
      regexes.push(djangoRegex(entry.regex, entry.anchor, entry.ignoreCase));
    } else if (kind === 'wildcard') {
      regexes.push(originEntryWildcardSource(entry));
    } else {
      exact.push(entry);
    }
  }
  return [
    `CORS_ALLOWED_ORIGINS = ${pythonList(exact)}`,
    `CORS_ALLOWED_ORIGIN_REGEXES = ${pythonList(regexes, true)}`,
  ];
}

/** django-cors-headers applies each pattern with `re.match` (anchored at the start only). */
function djangoRegex(source: string, anchor: 'none' | 'start' | 'both', ignoreCase: boolean): string {
  const flags = ignoreCase ? '(?i)' : '';
  if (anchor === 'none') return `${flags}.*?(?:${source})`;
  if (anchor === 'start') return `${flags}${source}`;
  return `${flags}${originEntryAnchoredSource({ regex: source, anchor, ignoreCase, flags: '' }).slice(1)}`;
}

function djangoExportPaths(policy: Policy, differences: ExportDifference[]): string[] {
  if (policy.paths.length === 0) return policy.enabled ? [] : ['CORS_URLS_REGEX = r"(?!)"  # CORS is off'];
  const enabledOnly = policy.paths.every((p) => Object.keys(p.override).every((k) => k === 'enabled'));
  if (!policy.enabled && enabledOnly && policy.paths.every((p) => p.override.enabled !== false)) {
    const alternatives = policy.paths.map((p) => `(?:${p.path})`).join('|');
    return [`CORS_URLS_REGEX = ${pythonString(`.*?(?:${alternatives})`, true)}`];
  }
  for (const entry of policyRules(policy)) {
    if (entry.path === null) continue;
    differences.push({
      aspect: 'paths',
      message: `${name} has one configuration for every path (CORS_URLS_REGEX only switches CORS on or off): the rule for /${entry.path}/ is not exported; those paths get the top-level settings.`,
    });
  }
  return [];
}

function djangoExportBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  if (rule.preflight.status !== 200 || rule.preflight.continue) {
    differences.push({
      aspect: 'preflight',
      message: `${name} answers every preflight itself with 200${rule.preflight.continue ? ', never passing it on to your view' : ` instead of ${rule.preflight.status}`}.`,
    });
  }
  if (rule.origin.mode === 'any') {
    differences.push({
      aspect: 'noOrigin',
      message: `${name} sends no CORS headers to a request without Origin (never a browser's cross-origin request); the playground sends Access-Control-Allow-Origin: * regardless.`,
    });
  }
  if (!rule.varyOrigin || rule.origin.mode === 'any') {
    differences.push({ aspect: 'vary', message: `${name} always adds Vary: Origin.` });
  }
  differences.push(...middlewareDifferences(name, rule));
  differences.push({
    aspect: 'extraHeaders',
    message: `${name} sends Access-Control-Expose-Headers on preflights too, and before 4.3 (Debian 12 ships 3.14) Access-Control-Allow-Credentials to disallowed origins; browsers ignore them.`,
  });
}
