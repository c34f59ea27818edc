import { z } from 'zod';
import { httpTokenPattern } from '../http/httpToken.ts';
import { regexBudgetProblems } from './regexBudget.ts';
import { regexSchema } from './regexSchema.ts';

/**
 * The playground's CORS policy model, version 1.
 *
 * It deliberately expresses what real middlewares do, pitfalls included (Express `cors`,
 * django-cors-headers, NelmioCorsBundle, Spring, ASP.NET Core, nginx snippets), so a learner can
 * reproduce the exact behaviour of their own server. See docs/policy.md for examples.
 */

/**
 * A serialized origin as browsers send it: lower-case scheme and host, optional port, no path.
 * Hosts are DNS names, IPv4 or bracketed IPv6. `*.` may start the host (wildcard subdomains).
 */
const originPattern =
  /^([a-z][a-z0-9+.-]*):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;

/** Explains why a string is not an allowed-origin entry, or returns null when it is one. */
function originEntryProblem(value: string): string | null {
  if (value === 'null') return null;
  if (/[\r\n\0]/.test(value)) return 'an origin must not contain CR, LF or NUL';
  if (value === '*') return "'*' is not an origin: use origin mode 'any' instead";
  if (/[A-Z]/.test(value)) return 'browsers send origins in lower case: write the origin in lower case';
  const m = originPattern.exec(value);
  if (!m) {
    if (/^[a-z][a-z0-9+.-]*:\/\/[^/]+\/.*$/.test(value)) {
      return "an origin has no path: remove everything from the first '/' after the host (a trailing '/' never matches)";
    }
    return "an origin must look like scheme://host[:port] (e.g. 'http://localhost:5173'), 'null', or 'https://*.example.com'";
  }
  const port = m[4];
  if (port !== undefined && Number(port) > 65535) return 'the port must be at most 65535';
  return null;
}

const token = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .regex(httpTokenPattern, `${what} must be an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only)`);

/**
 * How a regular-expression origin pattern is applied, so each framework's famous mistakes can be
 * reproduced:
 * - `none`: unanchored search, like Express `cors` (`RegExp.prototype.test`) and Nelmio (`preg_match`).
 * - `start`: anchored at the start only, like django-cors-headers (`re.match`).
 * - `both`: must match the whole origin, like Spring's `allowedOriginPatterns` or `re.fullmatch`.
 */
export const originRegexAnchorSchema = z.enum(['none', 'start', 'both']);

/** A regular expression matched against the request's `Origin`, evaluated in linear time (RE2). */
export const originRegexSchema = z.strictObject({
  /** RE2 syntax (no back-references or look-around): a hostile Origin must not hang the API. */
  regex: regexSchema,
  /** Default `none` (unanchored, like Express `cors`). */
  anchor: originRegexAnchorSchema.default('none'),
  /** Default `false`. Nelmio matches case-insensitively. */
  ignoreCase: z.boolean().default(false),
  /**
   * Flags the source framework would carry; only informative for the audit (e.g. JavaScript's `g`
   * makes `test()` stateful through `lastIndex`). Default `''`.
   */
  flags: z
    .string()
    .regex(/^[dgimsuvy]*$/, 'flags must be JavaScript regex flags')
    .default(''),
});

/** An exact origin, `null`, or a wildcard-subdomain pattern such as `https://*.example.com`. */
export const originStringSchema = z
  .string()
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = originEntryProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * An allowed-origin entry: an exact origin (`https://app.example.com`), the string `null`, a
 * wildcard-subdomain pattern (`https://*.example.com`), or a regular expression.
 */
export const originEntrySchema = z.union([originStringSchema, originRegexSchema]);

/**
 * Which origins get CORS access:
 * - `any`: send `Access-Control-Allow-Origin: *` to everyone (with credentials, browsers refuse it).
 * - `reflect`: echo back whatever `Origin` arrives (Express `origin: true`): a classic leak with credentials.
 * - `list`: only origins matching one of `allow`.
 */
/**
 * How long a policy's lists may be: far beyond any real configuration, and small enough that checking
 * a request against every list of the largest policy stays cheap.
 */
export const policyListLimits = {
  /** Entries of one `allow` origin list. */
  origins: 200,
  /** Methods, allowed headers or exposed headers of one list. */
  values: 100,
  /** Per-path rules. */
  paths: 50,
} as const;

export const originPolicySchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('any') }),
  z.strictObject({ mode: z.literal('reflect') }),
  z.strictObject({
    mode: z.literal('list'),
    allow: z.array(originEntrySchema).max(policyListLimits.origins),
  }),
]);

/**
 * Methods or headers to allow on a preflight:
 * - `list`: send these values (may include the literal `*`).
 * - `reflect`: echo `Access-Control-Request-Method` / `-Headers` back (Express `cors` does this for headers
 *   when none are configured).
 */
const listOrReflect = (what: string) =>
  z.discriminatedUnion('mode', [
    z.strictObject({
      mode: z.literal('list'),
      values: z.array(z.union([z.literal('*'), token(what)])).max(policyListLimits.values),
    }),
    z.strictObject({ mode: z.literal('reflect') }),
  ]);

const preflightSchema = z.strictObject({
  /**
   * Status of the preflight response, 200–599. Default `204` (Express `cors`). A 1xx is refused: it is
   * not a final answer (curl hangs on a 101 without Upgrade; Chromium waits seconds, then fails).
   */
  status: z
    .number()
    .int()
    .min(
      200,
      'a preflight status must be 200–599: a 1xx is not a final response and the browser waits for another',
    )
    .max(599)
    .default(204),
  /**
   * Pass the preflight on to the route instead of answering it (Express `preflightContinue`): the
   * route's own OPTIONS handling (often a 404) decides the status. Default `false`.
   */
  continue: z.boolean().default(false),
});

/**
 * The fields of a CORS rule without their defaults: the top-level rule adds defaults, per-path overrides
 * must not (a default in an override would silently reset the top-level value).
 */
const ruleFields = {
  /** Whether CORS headers are sent at all on this path. Default `true`. */
  enabled: z.boolean(),
  /** Default: `{ mode: 'list', allow: [] }` (nobody). */
  origin: originPolicySchema,
  /** Send `Access-Control-Allow-Credentials: true`. Default `false`. */
  credentials: z.boolean(),
  /** Default: Express `cors`'s `GET,HEAD,PUT,PATCH,POST,DELETE`. */
  allowMethods: listOrReflect('a method'),
  /** Default: reflect the requested headers, as Express `cors` does. */
  allowHeaders: listOrReflect('a header name'),
  /** `Access-Control-Expose-Headers` values (may include `*`). Default none. */
  exposeHeaders: z.array(z.union([z.literal('*'), token('a header name')])).max(policyListLimits.values),
  /** `Access-Control-Max-Age` in seconds; `null` sends none (browser default applies). Default `null`. */
  maxAge: z.number().int().min(-1).max(31_536_000).nullable(),
  /** Default `{ status: 204, continue: false }`. */
  preflight: preflightSchema,
  /** Add `Vary: Origin` when the allowed origin depends on the request. Default `true`. */
  varyOrigin: z.boolean(),
  /** Whether 4xx/5xx responses still carry CORS headers (many error handlers drop them). Default `true`. */
  corsOnErrors: z.boolean(),
  /**
   * Answer a request from a disallowed origin with 403 instead of just omitting CORS headers
   * (Spring and ASP.NET reject; Express `cors` omits). Default `false`.
   */
  rejectDisallowedOrigin: z.boolean(),
};

export const corsRuleSchema = z.strictObject({
  enabled: ruleFields.enabled.default(true),
  origin: ruleFields.origin.default({ mode: 'list', allow: [] }),
  credentials: ruleFields.credentials.default(false),
  allowMethods: ruleFields.allowMethods.default({
    mode: 'list',
    values: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
  }),
  allowHeaders: ruleFields.allowHeaders.default({ mode: 'reflect' }),
  exposeHeaders: ruleFields.exposeHeaders.default([]),
  maxAge: ruleFields.maxAge.default(null),
  preflight: preflightSchema.default({ status: 204, continue: false }),
  varyOrigin: ruleFields.varyOrigin.default(true),
  corsOnErrors: ruleFields.corsOnErrors.default(true),
  rejectDisallowedOrigin: ruleFields.rejectDisallowedOrigin.default(false),
});

/** A per-path override: only the fields written replace the top-level ones (no defaults). */
export const corsRuleOverrideSchema = z.strictObject(ruleFields).partial();

/**
 * A per-path rule, like django's `CORS_URLS_REGEX` or Nelmio's `paths`: the first rule whose pattern
 * matches the request path (unanchored RE2 search, as Nelmio does; write `^` yourself) overrides the
 * top-level rule's fields.
 */
export const pathRuleSchema = z.strictObject({
  /** RE2 pattern searched in the request path, e.g. `^/api/`. */
  path: regexSchema,
  override: corsRuleOverrideSchema.default({}),
});

/** The policy's fields, each checked on its own: `policySchema` adds the whole-policy regex budget. */
export const policyFieldsSchema = corsRuleSchema.extend({
  version: z.literal(1).default(1),
  /** Per-path overrides; first match wins. Default none. */
  paths: z.array(pathRuleSchema).max(policyListLimits.paths).default([]),
});

export const policySchema = policyFieldsSchema.superRefine((policy, ctx) => {
  // Whole-policy check: one pattern may be cheap and fifty of them still too slow for one request.
  // It runs on the parsed values themselves, so the programs it compiles serve the requests.
  for (const problem of regexBudgetProblems(policy)) {
    ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }
});

export type OriginRegex = z.infer<typeof originRegexSchema>;
export type OriginEntry = z.infer<typeof originEntrySchema>;
export type OriginPolicy = z.infer<typeof originPolicySchema>;
export type CorsRule = z.infer<typeof corsRuleSchema>;
export type CorsRuleOverride = z.infer<typeof corsRuleOverrideSchema>;
export type PathRule = z.infer<typeof pathRuleSchema>;
/** A fully-defaulted policy, as the engine consumes it. */
export type Policy = z.infer<typeof policySchema>;
/** What a user may write: every field optional, defaults filled in by `policyParse`. */
export type PolicyInput = z.input<typeof policySchema>;
