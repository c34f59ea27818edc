import type { CorsRule, OriginRegex, Policy } from '@cors-playground/engine';
import { originEntryDialectGaps, originEntryKind, originEntryWildcardSource } from './originEntry.ts';
import { policyExportResult, type ExportDifference, type PolicyExport } from './policyExport.ts';
import { policyRules } from './policyRules.ts';

const name = 'Spring';

/** A Spring Boot `CorsConfigurationSource` bean for a policy. */
export function springExport(policy: Policy): PolicyExport {
  const differences: ExportDifference[] = [];
  const registrations: string[] = [];
  const methods: string[] = [];
  policyRules(policy).forEach((entry, i) => {
    const method = entry.path === null ? 'defaultCors' : `path${i}Cors`;
    const pattern = entry.path === null ? '/**' : springPathPattern(entry.path);
    if (!entry.rule.enabled) {
      if (entry.path !== null) {
        differences.push({
          aspect: 'paths',
          message: `${name} cannot switch CORS off for /${entry.path}/ alone when a later pattern covers it; register no configuration for those URLs instead.`,
        });
      }
      return;
    }
    if (pattern === null) {
      differences.push({
        aspect: 'paths',
        message: `${name} registers CORS per path pattern (/api/**), not per regex: /${entry.path}/ has no equivalent and its rule is not exported.`,
      });
      return;
    }
    if (entry.path !== null && pattern.endsWith('/**')) {
      differences.push({
        aspect: 'paths',
        message: `${name}'s ${pattern} also matches ${pattern.slice(0, -3) || '/'} itself, which /${entry.path}/ does not.`,
      });
    }
    registrations.push(`        source.registerCorsConfiguration("${pattern}", ${method}());`);
    methods.push(...springExportRule(entry.rule, method, differences));
  });
  const code = [
    'import java.util.List;',
    'import java.util.regex.Pattern;',
    'import org.springframework.context.annotation.Bean;',
    'import org.springframework.context.annotation.Configuration;',
    'import org.springframework.web.cors.CorsConfiguration;',
    'import org.springframework.web.cors.CorsConfigurationSource;',
    'import org.springframework.web.cors.UrlBasedCorsConfigurationSource;',
    '',
    '@Configuration',
    'public class CorsConfig {',
    '    @Bean',
    '    CorsConfigurationSource corsConfigurationSource() {',
    '        // First registered pattern that matches wins, like the playground policy.',
    '        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();',
    ...registrations,
    '        return source;',
    '    }',
    ...methods,
    '}',
    '',
  ].join('\n');
  return policyExportResult('spring', 'java', code, differences);
}

/** `^/api/` → `/api/**`, `^/x$` → `/x`; null when the regex is not a plain prefix or path. */
function springPathPattern(regex: string): string | null {
  if (regex === '^/') return '/**';
  const prefix = /^\^((?:\/[\w-]+)+)\/(?:\.\*)?$/.exec(regex);
  if (prefix?.[1] !== undefined) return `${prefix[1]}/**`;
  const exact = /^\^((?:\/[\w-]+)+)\$$/.exec(regex);
  return exact?.[1] ?? null;
}

function springExportRule(rule: CorsRule, method: string, differences: ExportDifference[]): string[] {
  const body: string[] = [];
  const regexes: string[] = [];
  const origin = rule.origin;
  if (origin.mode === 'any' && !rule.credentials) body.push('config.setAllowedOrigins(List.of("*"));');
  else if (origin.mode !== 'list') {
    body.push('config.setAllowedOriginPatterns(List.of("*"));');
    if (origin.mode === 'any') {
      differences.push({
        aspect: 'origin',
        message: `${name} refuses "*" with credentials, so the export echoes the Origin instead — browsers will ALLOW credentialed requests the playground's * lets them refuse.`,
      });
    }
  } else {
    const exact = origin.allow.filter(
      (e): e is string => typeof e === 'string' && originEntryKind(e) !== 'wildcard',
    );
    if (exact.length > 0)
      body.push(`config.setAllowedOrigins(List.of(${exact.map(javaString).join(', ')}));`);
    for (const entry of origin.allow) {
      if (typeof entry !== 'string') regexes.push(springRegex(entry, differences));
      else if (originEntryKind(entry) === 'wildcard') {
        regexes.push(
          `Pattern.compile(${javaString(originEntryWildcardSource(entry))}).matcher(origin).matches()`,
        );
      }
    }
    if (exact.length > 0) {
      differences.push({ aspect: 'origin', message: `${name} compares exact origins case-insensitively.` });
    }
  }
  if (rule.credentials) body.push('config.setAllowCredentials(true);');
  const methods = rule.allowMethods.mode === 'list' ? rule.allowMethods.values : ['*'];
  body.push(`config.setAllowedMethods(List.of(${methods.map(javaString).join(', ')}));`);
  const headers = rule.allowHeaders.mode === 'list' ? rule.allowHeaders.values : ['*'];
  if (headers.length > 0)
    body.push(`config.setAllowedHeaders(List.of(${headers.map(javaString).join(', ')}));`);
  if (rule.exposeHeaders.length > 0) {
    body.push(`config.setExposedHeaders(List.of(${rule.exposeHeaders.map(javaString).join(', ')}));`);
  }
  if (rule.maxAge !== null) body.push(`config.setMaxAge(${rule.maxAge}L);`);
  springExportBehaviour(rule, differences);

  const open =
    regexes.length === 0
      ? ['        CorsConfiguration config = new CorsConfiguration();']
      : [
          '        // Regex origins: Spring has none, so checkOrigin is extended (java.util.regex, backtracking).',
          '        CorsConfiguration config = new CorsConfiguration() {',
          '            @Override',
          '            public String checkOrigin(String origin) {',
          '                String allowed = super.checkOrigin(origin);',
          '                if (allowed != null || origin == null) return allowed;',
          `                return ${regexes.join('\n                        || ')} ? origin : null;`,
          '            }',
          '        };',
        ];
  return [
    '',
    `    private static CorsConfiguration ${method}() {`,
    ...open,
    ...body.map((l) => `        ${l}`),
    '        return config;',
    '    }',
  ];
}

function springRegex(entry: OriginRegex, differences: ExportDifference[]): string {
  const gaps = originEntryDialectGaps(entry.regex, 'java');
  if (gaps.length > 0) {
    differences.push({
      aspect: 'origin',
      message: `java.util.regex does not support ${gaps.join(', ')} in /${entry.regex}/.`,
    });
  }
  const flags = entry.ignoreCase ? ', Pattern.CASE_INSENSITIVE' : '';
  const call = { none: 'find', start: 'lookingAt', both: 'matches' }[entry.anchor];
  return `Pattern.compile(${javaString(entry.regex)}${flags}).matcher(origin).${call}()`;
}

function springExportBehaviour(rule: CorsRule, differences: ExportDifference[]): void {
  if (!rule.rejectDisallowedOrigin) {
    differences.push({
      aspect: 'reject',
      message: `${name} answers 403 "Invalid CORS request" to a disallowed origin (and to a preflight asking for a method or header it does not allow), where the playground answers without CORS headers.`,
    });
  }
  differences.push({
    aspect: 'allowHeaders',
    message: `${name} answers Access-Control-Allow-Headers with the requested headers it allows (and the requested method for '*'), not the configured list.`,
  });
  if (rule.preflight.status !== 200 || rule.preflight.continue) {
    differences.push({
      aspect: 'preflight',
      message: `${name} answers preflights itself with 200${rule.preflight.continue ? ' and never passes them on to your handler' : ` instead of ${rule.preflight.status}`}.`,
    });
  }
  differences.push({
    aspect: 'vary',
    message: `${name} always adds Vary: Origin, Access-Control-Request-Method, Access-Control-Request-Headers.`,
  });
  if (!rule.corsOnErrors) {
    differences.push({
      aspect: 'errors',
      message: `${name} cannot drop CORS headers from error responses by configuration.`,
    });
  }
}

function javaString(text: string): string {
  return JSON.stringify(text);
}
