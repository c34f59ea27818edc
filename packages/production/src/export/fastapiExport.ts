import type { CorsRule, Policy } from '@cors-playground/engine';
import { originEntryKind } from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { middlewareDifferences } from './middlewareDifferences.ts';
import { policyRulesBase, policyRulesUnexported } from './policyRules.ts';
import { pythonList, pythonString } from './pythonLiteral.ts';
import { pythonRegexGaps, pythonRegexOrigin } from './pythonRegex.ts';

const name = "Starlette's CORSMiddleware";

/** The request headers Starlette always allows (and lists) on top of `allow_headers`. */
const starletteSafelisted = ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type'];

/**
 * FastAPI / Starlette `CORSMiddleware` for a policy. Starlette takes one `allow_origin_regex`, applied
 * with `re.fullmatch`: every regex and wildcard entry becomes one alternative of it, anchored so that
 * fullmatch accepts exactly what the engine accepts.
 */
export function fastapiExport(policy: Policy): PolicyExport {
  const rule = policyRulesBase(policy);
  const differences: ExportDifference[] = policyRulesUnexported(policy, 'app');
  const lines = ['# pip install fastapi', 'from fastapi.middleware.cors import CORSMiddleware', ''];
  if (!rule.enabled) {
    lines.push('# CORS is off: no CORSMiddleware, so no response carries CORS headers.');
    return policyExportResult('fastapi', 'python', `${lines.join('\n')}\n`, differences);
  }
  const options: Array<[string, string]> = fastapiOrigins(rule, differences);
  if (rule.credentials) options.push(['allow_credentials', 'True']);
  if (rule.allowMethods.mode === 'list') {
    options.push(['allow_methods', pythonList(rule.allowMethods.values)]);
    if (rule.allowMethods.values.includes('*')) {
      differences.push({
        aspect: 'methods',
        message: `${name} answers "*" in allow_methods with its whole list (DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT), not *.`,
      });
    }
  } else {
    options.push(['allow_methods', '["*"]']);
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: "*" sends its whole list (DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT).`,
    });
  }
  if (rule.allowHeaders.mode === 'list') {
    options.push(['allow_headers', pythonList(rule.allowHeaders.values)]);
    differences.push({
      aspect: 'allowHeaders',
      message: rule.allowHeaders.values.includes('*')
        ? `${name} answers "*" in allow_headers by echoing the requested headers (none when none were requested), not *.`
        : `${name} always adds ${starletteSafelisted.join(', ')} to Access-Control-Allow-Headers and sends the list sorted.`,
    });
  } else {
    options.push(['allow_headers', '["*"]']);
  }
  if (rule.exposeHeaders.length > 0) options.push(['expose_headers', pythonList(rule.exposeHeaders)]);
  // Starlette always sends a max-age (600 by default): 5 s is what browsers assume when there is none.
  options.push(['max_age', String(rule.maxAge ?? 5)]);
  if (rule.maxAge === null) {
    differences.push({
      aspect: 'extraHeaders',
      message: `${name} always sends Access-Control-Max-Age: the export sets 5, the browsers' own default, where the playground sends none.`,
    });
  }
  fastapiBehaviour(rule, differences);
  lines.push(
    'app.add_middleware(',
    '    CORSMiddleware,',
    ...options.map(([key, value]) => `    ${key}=${value.replace(/\n/g, '\n    ')},`),
    ')',
  );
  return policyExportResult('fastapi', 'python', `${lines.join('\n')}\n`, differences);
}

function fastapiOrigins(rule: CorsRule, differences: ExportDifference[]): Array<[string, string]> {
  const origin = rule.origin;
  if (origin.mode === 'any') {
    differences.push({
      aspect: 'origin',
      message: rule.credentials
        ? `With credentials, ${name} echoes the request's Origin where the playground sends * — browsers will ALLOW credentialed requests the playground's policy lets them refuse.`
        : `${name} echoes the request's Origin instead of * to a request carrying a Cookie header.`,
    });
    return [['allow_origins', '["*"]']];
  }
  if (origin.mode === 'reflect') return [['allow_origin_regex', 'r".*"']];
  const exact: string[] = [];
  const regexes: string[] = [];
  for (const entry of origin.allow) {
    if (typeof entry !== 'string') {
      differences.push(...pythonRegexGaps(entry.regex, 'it will not compile or will match differently'));
      regexes.push(pythonRegexOrigin(entry, 'fullmatch', false));
    } else if (originEntryKind(entry) === 'wildcard') {
      regexes.push(pythonRegexOrigin(entry, 'fullmatch', false));
    } else {
      exact.push(entry);
    }
  }
  const options: Array<[string, string]> = [['allow_origins', pythonList(exact)]];
  // fullmatch anchors the whole pattern: one fully anchored regex is written as it is, flags and all.
  const only = origin.allow.find((e) => typeof e !== 'string');
  const bare =
    regexes.length === 1 && typeof only === 'object' && only.anchor === 'both' && !only.ignoreCase
      ? only.regex
      : null;
  if (regexes.length > 0) options.push(['allow_origin_regex', pythonString(bare ?? regexes.join('|'), true)]);
  return options;
}

function fastapiBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  const refuses =
    rule.origin.mode === 'list' ||
    (rule.allowMethods.mode === 'list' && !rule.allowMethods.values.includes('*')) ||
    (rule.allowHeaders.mode === 'list' && !rule.allowHeaders.values.includes('*'));
  if (refuses || rule.preflight.status !== 200 || rule.preflight.continue)
    differences.push({
      aspect: 'preflight',
      message: `${name} answers a preflight 400 when the origin, the method or a requested header is not allowed (200 otherwise), and never passes one on to your routes; the browser's verdict is the same.`,
    });
  differences.push({
    aspect: 'vary',
    message:
      rule.origin.mode === 'any'
        ? `${name} adds Vary: Origin to every preflight, and to actual requests carrying a Cookie.`
        : `${name} adds Vary: Origin only to allowed origins on actual requests (to every preflight), and never varies on Access-Control-Request-Headers.`,
  });
  if (rule.origin.mode === 'any') {
    differences.push({
      aspect: 'noOrigin',
      message: `${name} sends no CORS headers to a request without Origin (never a browser's cross-origin request).`,
    });
  }
  differences.push(...middlewareDifferences(name, rule, 'route'));
  if (rule.origin.mode === 'list') {
    differences.push({
      aspect: 'extraHeaders',
      message: `${name} sends Access-Control-Allow-Credentials and -Expose-Headers to every request with an Origin, and -Allow-Methods, -Allow-Headers and -Max-Age to every preflight, allowed or not; browsers ignore them there.`,
    });
  }
}
