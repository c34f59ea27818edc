import { z } from 'zod';

/**
 * The playground's CORS policy model, version 1.
 *
 * It deliberately expresses what real middlewares do, pitfalls included (Express `cors`,
 * django-cors-headers, NelmioCorsBundle, Spring, ASP.NET Core, nginx snippets), so a learner can
 * reproduce the exact behaviour of their own server. See docs/policy.md for examples.
 */

/** An HTTP token (RFC 9110 §5.6.2): method names and header names must be tokens. */
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Header values may not contain CR, LF or NUL (they would split or corrupt the response). */
const headerValueUnsafe = /[\r\n\0]/;

const token = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .regex(tokenPattern, `${what} must be an HTTP token (letters, digits and !#$%&'*+-.^_\`|~ only)`);

const headerValue = (what: string) =>
  z
    .string()
    .refine((v) => !headerValueUnsafe.test(v), `${what} must not contain CR, LF or NUL`)
    .refine((v) => v === v.trim(), `${what} must not start or end with white space`);

/**
 * How a regular-expression origin pattern is applied, so each framework's famous mistakes can be
 * reproduced:
 * - `none`: unanchored search, like Express `cors` (`RegExp.prototype.test`) and Nelmio (`preg_match`).
 * - `start`: anchored at the start only, like django-cors-headers (`re.match`).
 * - `both`: must match the whole origin, like Spring's `allowedOriginPatterns` or `re.fullmatch`.
 */
export const originRegexAnchorSchema = z.enum(['none', 'start', 'both']);

/** A regular expression matched against the request's `Origin`, evaluated in linear time (RE2). */
export const originRegexSchema = z.object({
  /** RE2 syntax (no back-references or look-around): a hostile Origin must not hang the API. */
  regex: z.string().min(1).max(1000),
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

/**
 * An allowed-origin entry: an exact origin (`https://app.example.com`), the string `null`, a
 * wildcard-subdomain pattern (`https://*.example.com`), or a regular expression.
 */
export const originEntrySchema = z.union([
  headerValue('an origin').pipe(z.string().min(1).max(2048)),
  originRegexSchema,
]);

/**
 * Which origins get CORS access:
 * - `any`: send `Access-Control-Allow-Origin: *` to everyone (with credentials, browsers refuse it).
 * - `reflect`: echo back whatever `Origin` arrives (Express `origin: true`): a classic leak with credentials.
 * - `list`: only origins matching one of `allow`.
 */
export const originPolicySchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('any') }),
  z.object({ mode: z.literal('reflect') }),
  z.object({ mode: z.literal('list'), allow: z.array(originEntrySchema).max(200) }),
]);

/**
 * Methods or headers to allow on a preflight:
 * - `list`: send these values (may include the literal `*`).
 * - `reflect`: echo `Access-Control-Request-Method` / `-Headers` back (Express `cors` does this for headers
 *   when none are configured).
 */
const listOrReflect = (what: string) =>
  z.discriminatedUnion('mode', [
    z.object({
      mode: z.literal('list'),
      values: z.array(z.union([z.literal('*'), token(what)])).max(100),
    }),
    z.object({ mode: z.literal('reflect') }),
  ]);

export const corsRuleSchema = z.object({
  /** Whether CORS headers are sent at all on this path. Default `true`. */
  enabled: z.boolean().default(true),
  origin: originPolicySchema.default({ mode: 'list', allow: [] }),
  /** Send `Access-Control-Allow-Credentials: true`. Default `false`. */
  credentials: z.boolean().default(false),
  /** Default: Express `cors`'s `GET,HEAD,PUT,PATCH,POST,DELETE`. */
  allowMethods: listOrReflect('a method').default({
    mode: 'list',
    values: ['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE'],
  }),
  /** Default: reflect the requested headers, as Express `cors` does. */
  allowHeaders: listOrReflect('a header name').default({ mode: 'reflect' }),
  /** `Access-Control-Expose-Headers` values (may include `*`). Default none. */
  exposeHeaders: z
    .array(z.union([z.literal('*'), token('a header name')]))
    .max(100)
    .default([]),
  /** `Access-Control-Max-Age` in seconds; `null` sends none (browser default applies). Default `null`. */
  maxAge: z.number().int().min(-1).max(31_536_000).nullable().default(null),
  preflight: z
    .object({
      /** Status of the preflight response. Default `204` (Express `cors`). */
      status: z.number().int().min(100).max(599).default(204),
      /**
       * Pass the preflight on to the route instead of answering it (Express `preflightContinue`): the
       * route's own OPTIONS handling (often a 404) decides the status. Default `false`.
       */
      continue: z.boolean().default(false),
    })
    .default({ status: 204, continue: false }),
  /** Add `Vary: Origin` when the allowed origin depends on the request. Default `true`. */
  varyOrigin: z.boolean().default(true),
  /** Whether 4xx/5xx responses still carry CORS headers (many error handlers drop them). Default `true`. */
  corsOnErrors: z.boolean().default(true),
  /**
   * Answer a request from a disallowed origin with 403 instead of just omitting CORS headers
   * (Spring and ASP.NET reject; Express `cors` omits). Default `false`.
   */
  rejectDisallowedOrigin: z.boolean().default(false),
});

/**
 * A per-path rule, like django's `CORS_URLS_REGEX` or Nelmio's `paths`: the first rule whose pattern
 * matches the request path (unanchored RE2 search, as Nelmio does; write `^` yourself) overrides the
 * top-level rule's fields.
 */
export const pathRuleSchema = z.object({
  /** RE2 pattern searched in the request path, e.g. `^/api/`. */
  path: z.string().min(1).max(1000),
  override: corsRuleSchema.partial(),
});

export const policySchema = corsRuleSchema.extend({
  version: z.literal(1).default(1),
  /** Per-path overrides; first match wins. Default none. */
  paths: z.array(pathRuleSchema).max(50).default([]),
});

export type OriginRegex = z.infer<typeof originRegexSchema>;
export type OriginEntry = z.infer<typeof originEntrySchema>;
export type OriginPolicy = z.infer<typeof originPolicySchema>;
export type CorsRule = z.infer<typeof corsRuleSchema>;
export type PathRule = z.infer<typeof pathRuleSchema>;
/** A fully-defaulted policy, as the engine consumes it. */
export type Policy = z.infer<typeof policySchema>;
/** What a user may write: every field optional, defaults filled in by `policyParse`. */
export type PolicyInput = z.input<typeof policySchema>;
