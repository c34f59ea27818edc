import type {
  CorsRule,
  CorsRuleOverride,
  OriginEntry,
  OriginPolicy,
  PathRule,
  Policy,
} from '@cors-playground/engine';

/**
 * What the form shows for a raw draft that may be invalid. Each field keeps the user's value when it
 * has the right shape (an invalid origin string stays in its input, next to its error) and falls back to
 * `fallback` otherwise. Array positions are preserved so form rows and error paths line up. Numeric
 * fields keep unparsable text (typed as numbers for the form's sake) so the user can see and fix it.
 */
export function policyFormModel(raw: unknown, fallback: Policy): Policy {
  const r = record(raw);
  return {
    ...ruleModel(r, fallback),
    version: 1,
    paths: Array.isArray(r.paths) ? r.paths.map(pathRuleModel) : fallback.paths,
  };
}

type Raw = Record<string, unknown>;

function record(value: unknown): Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** A number, or the text the user typed while it is not one yet (see `policyFormModel`). */
function numeric(value: unknown, fallback: number): number {
  return typeof value === 'number' || typeof value === 'string' ? (value as number) : fallback;
}

function strings(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) : fallback;
}

function originEntryModel(value: unknown): OriginEntry {
  if (typeof value === 'string') return value;
  // Shown as text so the user can see and retype it; the schema error stays at its index.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value);
  const r = record(value);
  return {
    regex: typeof r.regex === 'string' ? r.regex : '',
    anchor: r.anchor === 'start' || r.anchor === 'both' ? r.anchor : 'none',
    ignoreCase: bool(r.ignoreCase, false),
    flags: typeof r.flags === 'string' ? r.flags : '',
  };
}

function originModel(value: unknown, fallback: OriginPolicy): OriginPolicy {
  const r = record(value);
  if (r.mode === 'any' || r.mode === 'reflect') return { mode: r.mode };
  if (r.mode === 'list') {
    return { mode: 'list', allow: Array.isArray(r.allow) ? r.allow.map(originEntryModel) : [] };
  }
  return fallback;
}

function listOrReflectModel(value: unknown, fallback: CorsRule['allowMethods']): CorsRule['allowMethods'] {
  const r = record(value);
  if (r.mode === 'reflect') return { mode: 'reflect' };
  if (r.mode === 'list') return { mode: 'list', values: strings(r.values, []) };
  return fallback;
}

function maxAgeModel(value: unknown, fallback: number | null): number | null {
  if (value === null) return null;
  return value === undefined ? fallback : numeric(value, fallback ?? 0);
}

function ruleModel(r: Raw, fallback: CorsRule): CorsRule {
  const preflight = record(r.preflight);
  return {
    enabled: bool(r.enabled, fallback.enabled),
    origin: originModel(r.origin, fallback.origin),
    credentials: bool(r.credentials, fallback.credentials),
    allowMethods: listOrReflectModel(r.allowMethods, fallback.allowMethods),
    allowHeaders: listOrReflectModel(r.allowHeaders, fallback.allowHeaders),
    exposeHeaders: strings(r.exposeHeaders, fallback.exposeHeaders),
    maxAge: maxAgeModel(r.maxAge, fallback.maxAge),
    preflight: {
      status: numeric(preflight.status, fallback.preflight.status),
      continue: bool(preflight.continue, fallback.preflight.continue),
    },
    varyOrigin: bool(r.varyOrigin, fallback.varyOrigin),
    corsOnErrors: bool(r.corsOnErrors, fallback.corsOnErrors),
    rejectDisallowedOrigin: bool(r.rejectDisallowedOrigin, fallback.rejectDisallowedOrigin),
  };
}

/** Overrides keep only the fields written: an absent field inherits the top-level value. */
function overrideModel(value: unknown): CorsRuleOverride {
  const r = record(value);
  const out: CorsRuleOverride = {};
  if (typeof r.enabled === 'boolean') out.enabled = r.enabled;
  if (r.origin !== undefined) out.origin = originModel(r.origin, { mode: 'list', allow: [] });
  if (typeof r.credentials === 'boolean') out.credentials = r.credentials;
  if (r.allowMethods !== undefined)
    out.allowMethods = listOrReflectModel(r.allowMethods, { mode: 'reflect' });
  if (r.allowHeaders !== undefined)
    out.allowHeaders = listOrReflectModel(r.allowHeaders, { mode: 'reflect' });
  if (r.exposeHeaders !== undefined) out.exposeHeaders = strings(r.exposeHeaders, []);
  if (r.maxAge !== undefined) out.maxAge = maxAgeModel(r.maxAge, null);
  for (const key of ['varyOrigin', 'corsOnErrors', 'rejectDisallowedOrigin'] as const) {
    if (typeof r[key] === 'boolean') out[key] = r[key];
  }
  return out;
}

function pathRuleModel(value: unknown): PathRule {
  const r = record(value);
  return { path: typeof r.path === 'string' ? r.path : '', override: overrideModel(r.override) };
}
