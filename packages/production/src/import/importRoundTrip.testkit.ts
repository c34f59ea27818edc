import fc from 'fast-check';
import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';
import { policyRules, type PolicyRuleEntry } from '../export/policyRules.ts';
import type { ImportSource } from './policyImport.ts';

/**
 * The round-trip registry: for each importer, the export target that writes its framework and the
 * policies that target expresses exactly (so import ∘ export must give them back). An entry whose
 * exporter is not in `policyExporters` yet is skipped by the test, naming it, and joins by itself
 * once the exporter is merged.
 */
export interface ImportRoundTrip {
  source: ImportSource;
  /** The `policyExporters` key writing that framework's configuration. */
  target: string;
  policies: fc.Arbitrary<PolicyInput>;
}

const tokenChars = "!#%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const token = (chars = tokenChars) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 10 });
const tokens = (t = token()) => fc.uniqueArray(t, { maxLength: 4 });
const upper = tokens(token('!#%&+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'));
const lower = tokens(token('!#%&+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz'));
const exact = fc.oneof(
  fc.constantFrom(
    'http://localhost:5173',
    'null',
    'https://example.com',
    'http://[::1]:4000',
    'http://127.0.0.1:4000',
  ),
  fc
    .tuple(
      fc.constantFrom('http', 'https'),
      fc.stringMatching(/^[a-z0-9-]{1,8}(\.[a-z0-9-]{1,8}){0,2}$/),
      fc.option(fc.integer({ min: 1, max: 65535 })),
    )
    .map(([scheme, host, port]) => `${scheme}://${host}${port ? `:${port}` : ''}`),
);
/** Patterns without '/', which JavaScript's RegExp source would escape. */
const regex = fc.constantFrom(
  'localhost',
  '\\.example\\.com$',
  '^https?:',
  '(?i)EXAMPLE',
  '^null$',
  'app\\.(test|dev)',
  'localhost:\\d+$',
);
const maxAge = fc.option(fc.integer({ min: 1, max: 31_536_000 }));
const fixed = {
  varyOrigin: fc.constant(true),
  corsOnErrors: fc.constant(true),
  rejectDisallowedOrigin: fc.constant(false),
};

const listOf = <T>(entry: fc.Arbitrary<T>, min = 0) =>
  fc.record({
    mode: fc.constant('list' as const),
    allow: fc.uniqueArray(entry, { minLength: min, maxLength: 4, selector: (e) => JSON.stringify(e) }),
  });
const values = (t: fc.Arbitrary<string[]>) => fc.record({ mode: fc.constant('list' as const), values: t });
const reflect = fc.constant({ mode: 'reflect' as const });
/** Every origin, every origin echoed, or a list of `entry`. */
const anyReflectOr = <T>(entry: fc.Arbitrary<T>) =>
  fc.oneof(fc.constant({ mode: 'any' as const }), reflect, listOf(entry));

const djangoPolicies = fc
  .record({
    enabled: fc.boolean(),
    credentials: fc.boolean(),
    list: listOf(
      fc.oneof(
        exact,
        fc.record({
          regex: regex.filter((r) => !r.startsWith('(?i)')),
          anchor: fc.constant('start' as const),
        }),
      ),
    ),
    all: fc.boolean(),
    allowMethods: values(tokens()),
    allowHeaders: values(tokens()),
    exposeHeaders: tokens(),
    maxAge,
    preflight: fc.constant({ status: 200, continue: false }),
    ...fixed,
  })
  .map(({ all, list, ...p }): PolicyInput => ({
    ...p,
    origin: all ? { mode: p.credentials ? 'reflect' : 'any' } : list,
  }));

const expressPolicies = fc.record({
  enabled: fc.boolean(),
  origin: fc.oneof(
    fc.constant({ mode: 'any' as const }),
    reflect,
    listOf(
      fc.oneof(
        exact,
        fc
          // JavaScript has no inline (?i): the export cannot write such a pattern.
          .record({
            regex: regex.filter((r) => !r.startsWith('(?i)')),
            anchor: fc.constant('none' as const),
            ignoreCase: fc.boolean(),
          })
          .map((r) => ({ ...r, flags: r.ignoreCase ? 'i' : '' })),
      ),
    ),
  ),
  credentials: fc.boolean(),
  allowMethods: values(tokens()),
  allowHeaders: fc.oneof(reflect, values(tokens())),
  exposeHeaders: tokens(),
  maxAge,
  preflight: fc.record({ status: fc.integer({ min: 200, max: 599 }), continue: fc.boolean() }),
  ...fixed,
});

const nelmioRule = {
  origin: fc.oneof(
    fc.constant({ mode: 'any' as const }),
    reflect,
    listOf(exact),
    listOf(fc.record({ regex, anchor: fc.constant('none' as const), ignoreCase: fc.constant(true) }), 1),
  ),
  credentials: fc.boolean(),
  allowMethods: values(upper),
  allowHeaders: fc.oneof(reflect, values(lower)),
  exposeHeaders: tokens(),
  maxAge,
};
const nelmioPolicies = fc.record({
  ...nelmioRule,
  preflight: fc.constant({ status: 200, continue: false }),
  ...fixed,
  // Nelmio matches paths case-insensitively: patterns without letters say the same to both. A
  // pattern may repeat (YAML keys cannot: the export must leave the unreachable repeat out).
  paths: fc.array(
    fc.record({
      path: fc.constantFrom('^/1/', '/2', '^/3$', '[0-9]+'),
      override: fc.record(nelmioRule, { requiredKeys: [] }),
    }),
    { maxLength: 3 },
  ),
});

const nginxRule = {
  enabled: fc.boolean(),
  origin: anyReflectOr(
    fc.oneof(exact, fc.record({ regex, anchor: fc.constant('none' as const), ignoreCase: fc.boolean() })),
  ),
  credentials: fc.boolean(),
  allowMethods: fc.oneof(reflect, values(tokens())),
  allowHeaders: fc.oneof(reflect, values(tokens())),
  exposeHeaders: tokens(),
  maxAge: fc.option(fc.integer({ min: -1, max: 31_536_000 })),
  // What `return` can answer: 2xx and 4xx/5xx but 444 (which closes the connection).
  preflight: fc.record({
    status: fc.oneof(
      fc.integer({ min: 200, max: 299 }),
      fc.integer({ min: 400, max: 599 }).filter((s) => s !== 444),
    ),
    continue: fc.boolean(),
  }),
  varyOrigin: fc.boolean(),
  corsOnErrors: fc.boolean(),
  rejectDisallowedOrigin: fc.boolean(),
};
const nginxPolicies = fc.record({
  ...nginxRule,
  paths: fc.array(
    fc.record({
      path: fc.constantFrom('^/api/', '/public', '^/x$'),
      override: fc.record(nginxRule, { requiredKeys: [] }),
    }),
    { maxLength: 3 },
  ),
});

const flaskPolicies = fc.record({
  origin: fc.oneof(reflect, listOf(exact, 2)),
  credentials: fc.boolean(),
  allowMethods: values(upper.map((m) => [...m].sort())),
  allowHeaders: fc.oneof(reflect, values(tokens(token('!#%&+-.`|~0123456789abcdefghijklmnopqrstuvwxyz')))),
  exposeHeaders: tokens().map((e) => [...e].sort()),
  maxAge,
  preflight: fc.constant({ status: 200, continue: false }),
  ...fixed,
});

const safelisted = ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type'];
const fastapiPolicies = fc
  .record({
    all: fc.boolean(),
    list: listOf(exact),
    pattern: fc.option(regex),
    credentials: fc.boolean(),
    allowMethods: values(upper.map((m) => m.filter((v) => v !== '*'))),
    // '*' in allow_headers makes Starlette echo the requested headers: that is reflect, not a list.
    headers: fc.option(tokens().map((h) => h.filter((v) => v !== '*'))),
    exposeHeaders: tokens(),
    maxAge: fc.integer({ min: 0, max: 86_400 }),
    preflight: fc.constant({ status: 200, continue: false }),
    ...fixed,
  })
  .map(({ all, list, pattern, headers, ...p }): PolicyInput => ({
    ...p,
    origin: all
      ? { mode: p.credentials ? 'reflect' : 'any' }
      : {
          mode: 'list',
          allow: [...list.allow, ...(pattern ? [{ regex: pattern, anchor: 'both' as const }] : [])],
        },
    allowHeaders: headers
      ? { mode: 'list', values: [...new Set([...safelisted, ...headers])].sort() }
      : { mode: 'reflect' },
  }));

// Apache has one configuration for the whole server (no path rules); PCRE reads these patterns as RE2.
const apachePolicies = fc.record({
  ...nginxRule,
  origin: anyReflectOr(
    fc.oneof(
      exact,
      // Searched as it is, /^null$/ is written exactly as the origin 'null' is: the same test.
      fc
        .record({ regex, anchor: fc.constantFrom('none', 'start', 'both'), ignoreCase: fc.boolean() })
        .filter((r) => r.anchor !== 'none' || r.regex !== '^null$'),
    ),
  ),
  preflight: fc.record({ status: fc.integer({ min: 200, max: 599 }), continue: fc.boolean() }),
});

export const importRoundTrips: ImportRoundTrip[] = [
  { source: 'django', target: 'django', policies: djangoPolicies },
  { source: 'express', target: 'express', policies: expressPolicies },
  { source: 'nelmio', target: 'nelmio', policies: nelmioPolicies },
  { source: 'nginx', target: 'nginx', policies: nginxPolicies },
  { source: 'flask', target: 'flask', policies: flaskPolicies },
  { source: 'fastapi', target: 'fastapi', policies: fastapiPolicies },
  { source: 'apache', target: 'apache', policies: apachePolicies },
];

/** A valid policy from generated input (the arbitraries only make valid ones). */
export function importRoundTripPolicy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

/**
 * What a policy does, written one way: its reachable effective rules (per-path merges done), a disabled rule as
 * nothing but `enabled: false`, allowed origins as a set, fields that cannot matter (the status of a
 * preflight handed on to the route, Vary under `*`) at one value.
 */
export function importRoundTripBehaviour(policy: Policy): PolicyRuleEntry[] {
  // A path rule after another with the same pattern is never reached (first match wins).
  const reachable = policyRules(policy).filter(
    (entry, i, all) => entry.path === null || all.findIndex((e) => e.path === entry.path) === i,
  );
  return reachable.map(({ path, rule }) => {
    if (!rule.enabled) return { path, rule: { enabled: false } as PolicyRuleEntry['rule'] };
    const origin =
      rule.origin.mode === 'list'
        ? {
            mode: 'list' as const,
            allow: [...rule.origin.allow].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
          }
        : rule.origin;
    return {
      path,
      rule: {
        ...rule,
        origin,
        preflight: rule.preflight.continue ? { status: 204, continue: true } : rule.preflight,
        varyOrigin: rule.origin.mode === 'any' ? true : rule.varyOrigin,
      },
    };
  });
}
