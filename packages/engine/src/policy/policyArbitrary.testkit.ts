import fc from 'fast-check';
import type { PolicyInput } from './policySchema.ts';

/**
 * fast-check generators for valid policies and hostile requests, shared by the engine's property tests
 * (server side here; the browser simulator can reuse them). Test support only: not exported from the
 * package index, because fast-check is a dev dependency.
 */

const tokenChars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const token = fc.string({ unit: fc.constantFrom(...tokenChars), minLength: 1, maxLength: 12 });

const origin = fc.oneof(
  fc.constantFrom(
    'http://localhost:5173',
    'http://localhost:5174',
    'null',
    'https://*.example.com',
    'http://*.localhost:5174',
    'https://example.com',
    'http://[::1]:4000',
    'http://127.0.0.1:4000',
  ),
  fc
    .tuple(
      fc.constantFrom('http', 'https'),
      fc.boolean(),
      fc.stringMatching(/^[a-z0-9-]{1,10}(\.[a-z0-9-]{1,10}){0,2}$/),
      fc.option(fc.integer({ min: 1, max: 65535 })),
    )
    .map(([scheme, wild, host, port]) => `${scheme}://${wild ? '*.' : ''}${host}${port ? `:${port}` : ''}`),
);

/** Patterns learners really write, including the famous mistakes and a pathological one. */
const regex = fc.constantFrom(
  'https://example.com',
  '^https://example\\.com$',
  '^https://.*\\.example\\.com$',
  'localhost',
  '^http://localhost:517[34]$',
  '(a+)+$',
  '.*',
  '(?i)EXAMPLE',
  '^null$',
  '\\.example\\.com',
);

const originEntry = fc.oneof(
  origin,
  fc.record({
    regex,
    anchor: fc.constantFrom('none', 'start', 'both'),
    ignoreCase: fc.boolean(),
    flags: fc.constantFrom('', 'g', 'i'),
  }),
);

const originPolicy = fc.oneof(
  fc.constant({ mode: 'any' as const }),
  fc.constant({ mode: 'reflect' as const }),
  fc.record({ mode: fc.constant('list' as const), allow: fc.array(originEntry, { maxLength: 5 }) }),
);

const listOrReflect = fc.oneof(
  fc.constant({ mode: 'reflect' as const }),
  fc.record({
    mode: fc.constant('list' as const),
    values: fc.array(fc.oneof(fc.constant('*'), token), { maxLength: 5 }),
  }),
);

const rule = {
  enabled: fc.boolean(),
  origin: originPolicy,
  credentials: fc.boolean(),
  allowMethods: listOrReflect,
  allowHeaders: listOrReflect,
  exposeHeaders: fc.array(fc.oneof(fc.constant('*'), token), { maxLength: 5 }),
  maxAge: fc.option(fc.integer({ min: -1, max: 31_536_000 })),
  preflight: fc.record({ status: fc.integer({ min: 200, max: 599 }), continue: fc.boolean() }),
  varyOrigin: fc.boolean(),
  corsOnErrors: fc.boolean(),
  rejectDisallowedOrigin: fc.boolean(),
};

/** Any valid policy input (fields may be missing, so defaults get exercised too). */
export const policyArbitrary: fc.Arbitrary<PolicyInput> = fc.record(
  {
    ...rule,
    paths: fc.array(
      fc.record({
        path: fc.constantFrom('^/api/', '/public', '.*', '^/$', 'x'),
        override: fc.record(rule, { requiredKeys: [] }),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** Any string, including CR, LF, NUL and characters beyond Latin-1. */
const anyString = fc.string({ unit: 'binary', maxLength: 40 });

/** Requests a hostile or confused client could send: plausible values mixed with garbage. */
export const corsRequestArbitrary = fc.record({
  method: fc.oneof(fc.constantFrom('GET', 'OPTIONS', 'options', 'PUT', 'POST', 'DELETE'), anyString),
  url: fc.oneof(
    fc.constantFrom('http://localhost:4000/api/x', '/public/a?b=1', '/', 'http://h', 'http://h/?q#f'),
    anyString,
  ),
  headers: fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'Origin',
          'origin',
          'Access-Control-Request-Method',
          'access-control-request-headers',
        ),
        anyString,
      ),
      fc.oneof(
        fc.constantFrom(
          'http://localhost:5173',
          'http://localhost:5174',
          'null',
          'PUT',
          'x-custom,content-type',
        ),
        origin,
        anyString,
      ),
    ),
    { maxLength: 5 },
  ),
});
