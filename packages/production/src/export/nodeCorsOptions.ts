import type { CorsRule } from '@cors-playground/engine';
import type { ExportDifference } from './policyExport.ts';
import {
  originEntryAnchoredSource,
  originEntryDialectGaps,
  originEntryKind,
  originEntryWildcardSource,
} from './originEntry.ts';

/**
 * The options object shared by Express `cors` and `@fastify/cors` (both take the same names with the
 * same meaning). Only JSON-like values and RegExps, so it can be printed as code and run in tests.
 */
export interface NodeCorsOptions {
  [key: string]: boolean | string | number | Array<string | RegExp> | undefined;
  /** `false` disables CORS, `'*'` sends `*`, `true` reflects, a list matches exactly / by `RegExp.test`. */
  origin: boolean | string | Array<string | RegExp>;
  credentials?: boolean;
  methods?: string[];
  allowedHeaders?: string[];
  exposedHeaders?: string[];
  maxAge?: number;
  preflightContinue?: boolean;
  optionsSuccessStatus?: number;
  /** `@fastify/cors` only: answer OPTIONS without Origin/ACRM with 400. We turn it off. */
  strictPreflight?: boolean;
}

export type NodeCorsFramework = 'express' | 'fastify';

const frameworkName: Record<NodeCorsFramework, string> = {
  express: 'Express cors',
  fastify: '@fastify/cors',
};

/** Express cors's own default method list, used when the policy reflects the requested method. */
const expressDefaultMethods = ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'];

/** Builds the options for one rule, and says what the middleware will do differently. */
export function nodeCorsOptions(
  rule: CorsRule,
  framework: NodeCorsFramework,
): { options: NodeCorsOptions; differences: ExportDifference[] } {
  const name = frameworkName[framework];
  const differences: ExportDifference[] = [];
  if (!rule.enabled) return { options: { origin: false }, differences };

  const options: NodeCorsOptions = { origin: nodeCorsOptionsOrigin(rule, name, differences) };
  if (rule.credentials) options.credentials = true;

  if (rule.allowMethods.mode === 'list') {
    options.methods = rule.allowMethods.values;
  } else {
    options.methods = expressDefaultMethods;
    differences.push({
      aspect: 'methods',
      message: `${name} cannot reflect Access-Control-Request-Method: the export allows ${expressDefaultMethods.join(', ')} instead.`,
    });
  }
  // Leaving allowedHeaders unset is how both middlewares reflect Access-Control-Request-Headers.
  if (rule.allowHeaders.mode === 'list') options.allowedHeaders = rule.allowHeaders.values;
  if (rule.exposeHeaders.length > 0) options.exposedHeaders = rule.exposeHeaders;
  if (rule.maxAge !== null) options.maxAge = rule.maxAge;
  if (rule.preflight.continue) options.preflightContinue = true;
  options.optionsSuccessStatus = rule.preflight.status;
  if (framework === 'fastify') options.strictPreflight = false;

  if (rule.preflight.continue && framework === 'fastify') {
    differences.push({
      aspect: 'preflight',
      message:
        '@fastify/cors registers its own catch-all OPTIONS route, so with preflightContinue a path without an OPTIONS route of yours answers 200 instead of 404.',
    });
  }
  if (!rule.varyOrigin && options.origin !== '*') {
    differences.push({
      aspect: 'vary',
      message: `${name} always adds Vary: Origin when the allowed origin depends on the request; the playground policy sends none.`,
    });
  }
  if (!rule.corsOnErrors) {
    differences.push({
      aspect: 'errors',
      message: `${name} sets CORS headers before your routes run, so 4xx/5xx responses keep them; the playground policy drops them on errors.`,
    });
  }
  if (rule.rejectDisallowedOrigin) {
    differences.push({
      aspect: 'reject',
      message: `${name} never rejects a disallowed origin: it answers normally without CORS headers, where the playground answers 403.`,
    });
  }
  if (framework === 'fastify') {
    if (options.methods.length === 0 || options.allowedHeaders?.length === 0) {
      differences.push({
        aspect: options.methods.length === 0 ? 'methods' : 'allowHeaders',
        message:
          '@fastify/cors sends an empty Access-Control-Allow-Methods / -Headers for an empty list, where the playground omits the header.',
      });
    }
  }
  differences.push({
    aspect: 'extraHeaders',
    message: `${name} also sends Access-Control-Allow-Credentials (and on preflights -Methods, -Headers, -Max-Age) to disallowed origins, and Access-Control-Expose-Headers on preflights; browsers ignore them, so no verdict changes.`,
  });
  differences.push({
    aspect: 'plainOptions',
    message: `${name} answers every OPTIONS request carrying an Origin as a preflight, even an actual OPTIONS request without Access-Control-Request-Method.`,
  });
  return { options, differences };
}

/** The `origin` option for a rule: `'*'`, `true` (reflect), or exact strings and RegExps. */
export function nodeCorsOptionsOrigin(
  rule: CorsRule,
  name: string,
  differences: ExportDifference[],
): NodeCorsOptions['origin'] {
  const origin = rule.origin;
  if (origin.mode === 'any') return '*';
  if (origin.mode === 'reflect') return true;
  return origin.allow.map((entry) => {
    if (typeof entry !== 'string') {
      const gaps = originEntryDialectGaps(entry.regex, 'javascript');
      if (gaps.length > 0) {
        differences.push({
          aspect: 'origin',
          message: `${name} runs the pattern /${entry.regex}/ as a JavaScript RegExp, which does not support ${gaps.join(', ')}: it will not compile or will match differently.`,
        });
      }
      try {
        return new RegExp(originEntryAnchoredSource(entry), entry.ignoreCase ? 'i' : '');
      } catch {
        // A pattern JavaScript cannot compile must not crash the export: it gets a never-matching
        // stand-in, and the difference above tells the user to rewrite it.
        return /(?!)/;
      }
    }
    return originEntryKind(entry) === 'wildcard' ? new RegExp(originEntryWildcardSource(entry)) : entry;
  });
}
