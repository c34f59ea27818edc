import type { Policy } from '@cors-playground/engine';

/** Frameworks a policy can be exported to. */
export const exportTargets = [
  'express',
  'fastify',
  'koa',
  'hono',
  'django',
  'flask',
  'fastapi',
  'nelmio',
  'nginx',
  'apache',
  'caddy',
  'spring',
  'aspnet',
] as const;
export type ExportTarget = (typeof exportTargets)[number];

/** The language of the generated code, for syntax highlighting. */
export type ExportLanguage =
  'javascript' | 'python' | 'yaml' | 'nginx' | 'apache' | 'caddy' | 'java' | 'csharp';

/**
 * Which part of the policy's behaviour a difference affects. The live-middleware equivalence tests
 * compare every aspect that has no difference, so the tags must be honest.
 */
export type ExportAspect =
  | 'origin'
  | 'credentials'
  | 'methods'
  | 'allowHeaders'
  | 'exposeHeaders'
  | 'maxAge'
  | 'preflight'
  | 'vary'
  | 'errors'
  | 'reject'
  | 'paths'
  /** How OPTIONS requests without Access-Control-Request-Method are treated (browsers rarely send them). */
  | 'plainOptions'
  /** Extra CORS headers where the playground sends none and browsers ignore them (never a verdict change). */
  | 'extraHeaders'
  /** Requests without an Origin header, which no browser sends cross-origin (never a verdict change). */
  | 'noOrigin';

export interface ExportDifference {
  aspect: ExportAspect;
  /** One precise sentence: what the target will do differently from the playground. */
  message: string;
}

/** Ready-to-paste configuration for one framework. */
export interface PolicyExport {
  target: ExportTarget;
  language: ExportLanguage;
  code: string;
  /** What the exported configuration does differently from the playground; empty when exact. */
  differences: string[];
  /** The aspects named by `differences` (deduplicated, in first-seen order). */
  differingAspects: ExportAspect[];
}

/** Builds a `PolicyExport`, deduplicating differences that several path rules share. */
export function policyExportResult(
  target: ExportTarget,
  language: ExportLanguage,
  code: string,
  differences: ExportDifference[],
): PolicyExport {
  const messages = [...new Set(differences.map((d) => d.message))];
  const aspects = [...new Set(differences.map((d) => d.aspect))];
  return { target, language, code, differences: messages, differingAspects: aspects };
}

/** A `Policy` exporter: pure, total (never throws for a valid policy). */
export type PolicyExporter = (policy: Policy) => PolicyExport;
