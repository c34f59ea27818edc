import type { CorsRule, Policy } from '@cors-playground/engine';
import {
  originEntryAnchoredSource,
  originEntryDialectGaps,
  originEntryKind,
  originEntryWildcardSource,
} from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

const name = 'ASP.NET Core';

/** `builder.Services.AddCors(...)` + `app.UseCors(...)` (Program.cs) for a policy. */
export function aspnetExport(policy: Policy): PolicyExport {
  const differences: ExportDifference[] = [];
  const policies: string[] = [];
  const usage: string[] = [];
  policyRules(policy).forEach((entry, i) => {
    const policyName = entry.path === null ? 'CorsPlayground' : `CorsPlaygroundPath${i}`;
    if (entry.path !== null) {
      differences.push({
        aspect: 'paths',
        message: `${name} picks a CORS policy per endpoint, not per path regex: add .RequireCors("${policyName}") to the endpoints under /${entry.path}/ yourself.`,
      });
      usage.push(`// app.MapGroup("…").RequireCors("${policyName}"); // endpoints matching /${entry.path}/`);
    }
    if (!entry.rule.enabled) {
      if (entry.path === null) usage.push('// CORS is off outside the paths above: no default policy.');
      else usage.push(`// /${entry.path}/: CORS off — use .DisableCors() on those endpoints.`);
      return;
    }
    policies.push(...aspnetExportPolicy(entry.rule, policyName, differences));
  });
  const hasDefault = policyRules(policy).some((e) => e.path === null && e.rule.enabled);
  const code = [
    'using System.Text.RegularExpressions;',
    '',
    'builder.Services.AddCors(options =>',
    '{',
    ...policies,
    '});',
    '',
    '// After UseRouting, before UseAuthorization and the endpoints.',
    hasDefault ? 'app.UseCors("CorsPlayground");' : 'app.UseCors();',
    ...usage,
    '',
  ].join('\n');
  return policyExportResult('aspnet', 'csharp', code, differences);
}

function aspnetExportPolicy(rule: CorsRule, policyName: string, differences: ExportDifference[]): string[] {
  const calls: string[] = [];
  const origin = rule.origin;
  if (origin.mode === 'any' && !rule.credentials) calls.push('.AllowAnyOrigin()');
  else if (origin.mode !== 'list') {
    calls.push('.SetIsOriginAllowed(_ => true)');
    if (origin.mode === 'any') {
      differences.push({
        aspect: 'origin',
        message: `${name} refuses AllowAnyOrigin with credentials, so the export echoes the Origin instead — browsers will ALLOW credentialed requests the playground's * lets them refuse.`,
      });
    }
  } else {
    const tests = origin.allow.map((entry) => {
      if (typeof entry !== 'string') {
        const gaps = originEntryDialectGaps(entry.regex, 'dotnet');
        if (gaps.length > 0) {
          differences.push({
            aspect: 'origin',
            message: `.NET regexes do not support ${gaps.join(', ')} in /${entry.regex}/.`,
          });
        }
        const options = entry.ignoreCase ? ', RegexOptions.IgnoreCase' : '';
        return `Regex.IsMatch(origin, ${csharpString(originEntryAnchoredSource(entry))}${options})`;
      }
      if (originEntryKind(entry) === 'wildcard') {
        return `Regex.IsMatch(origin, ${csharpString(originEntryWildcardSource(entry))})`;
      }
      return `origin == ${csharpString(entry)}`;
    });
    calls.push(
      `.SetIsOriginAllowed(origin =>${tests.length === 0 ? ' false' : `\n            ${tests.join('\n            || ')}`})`,
    );
  }
  if (rule.credentials) calls.push('.AllowCredentials()');
  if (rule.allowMethods.mode === 'reflect') calls.push('.AllowAnyMethod()');
  else calls.push(`.WithMethods(${rule.allowMethods.values.map(csharpString).join(', ')})`);
  if (rule.allowHeaders.mode === 'reflect') calls.push('.AllowAnyHeader()');
  else calls.push(`.WithHeaders(${rule.allowHeaders.values.map(csharpString).join(', ')})`);
  for (const [list, what] of [
    [rule.allowMethods, 'method'],
    [rule.allowHeaders, 'header'],
  ] as const) {
    if (list.mode === 'list' && list.values.includes('*') && rule.credentials) {
      differences.push({
        aspect: what === 'method' ? 'methods' : 'allowHeaders',
        message: `${name} reads "*" as "echo the requested ${what}", which browsers accept with credentials where a literal * is refused.`,
      });
    }
  }
  if (rule.exposeHeaders.length > 0)
    calls.push(`.WithExposedHeaders(${rule.exposeHeaders.map(csharpString).join(', ')})`);
  if (rule.maxAge !== null) calls.push(`.SetPreflightMaxAge(TimeSpan.FromSeconds(${rule.maxAge}))`);
  aspnetExportBehaviour(rule, differences);
  return [
    `    options.AddPolicy("${policyName}", policy => policy`,
    ...calls.map((c) => `        ${c}`),
    '    );',
  ];
}

function aspnetExportBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  if (rule.preflight.status !== 204 || rule.preflight.continue) {
    differences.push({
      aspect: 'preflight',
      message: `${name} answers preflights itself with 204${rule.preflight.continue ? ' and never passes them on to your endpoint' : ` instead of ${rule.preflight.status}`}.`,
    });
  }
  if (!rule.varyOrigin && rule.origin.mode !== 'any') {
    differences.push({
      aspect: 'vary',
      message: `${name} always adds Vary: Origin when origins are checked.`,
    });
  }
  if (rule.allowMethods.mode === 'reflect' || rule.allowHeaders.mode === 'reflect') {
    differences.push({
      aspect: 'vary',
      message: `${name} does not add Access-Control-Request-Method/-Headers to Vary when it echoes them.`,
    });
  }
  if (!rule.corsOnErrors) {
    differences.push({
      aspect: 'errors',
      message: `${name} cannot drop CORS headers from error responses by policy.`,
    });
  }
  if (rule.rejectDisallowedOrigin) {
    differences.push({
      aspect: 'reject',
      message: `${name} never rejects a disallowed origin with 403: the endpoint runs and answers without CORS headers.`,
    });
  }
}

/** A C# verbatim string: backslashes stay as written, quotes are doubled. */
function csharpString(text: string): string {
  return `@"${text.replace(/"/g, '""')}"`;
}
