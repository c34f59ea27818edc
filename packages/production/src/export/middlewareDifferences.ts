import type { CorsRule } from '@cors-playground/engine';
import type { ExportDifference } from './policyExport.ts';

/**
 * What every middleware that adds its headers around the app does differently from a policy that drops
 * CORS headers on errors or rejects disallowed origins: it cannot do either.
 */
export function middlewareDifferences(name: string, rule: CorsRule, handler = 'view'): ExportDifference[] {
  const differences: ExportDifference[] = [];
  if (!rule.corsOnErrors) {
    differences.push({
      aspect: 'errors',
      message: `${name} adds CORS headers to error responses too; the playground policy drops them on 4xx/5xx.`,
    });
  }
  if (rule.rejectDisallowedOrigin) {
    differences.push({
      aspect: 'reject',
      message: `${name} never rejects a disallowed origin with 403: the ${handler} runs and answers without CORS headers.`,
    });
  }
  return differences;
}
