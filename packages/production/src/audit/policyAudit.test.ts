import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';
import { describe, expect, it } from 'vitest';
import { policyAudit } from './policyAudit.ts';
import { regexRiskNestedQuantifier } from './regexRisk.ts';

function policy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

const listed = (...allow: NonNullable<Extract<PolicyInput['origin'], { mode: 'list' }>>['allow']) => ({
  origin: { mode: 'list' as const, allow },
  allowHeaders: { mode: 'list' as const, values: ['content-type'] },
});

type Row = [name: string, input: PolicyInput, id: string, severity: string, path: string];

/** A high finding on the regex of the only allowed origin. */
function regexRow(name: string, entry: { regex: string; anchor?: 'start' }, id: string): Row {
  return [name, listed(entry), id, 'high', 'origin.allow[0].regex'];
}

/** One row per finding: the policy, the finding id it must produce, its severity and field path. */
const table: Row[] = [
  [
    'reflect + credentials',
    { origin: { mode: 'reflect' }, credentials: true },
    'origin.reflect-credentials',
    'high',
    'origin',
  ],
  ["'null' allowed", listed('null'), 'origin.null', 'medium', 'origin.allow[0]'],
  [
    "'null' with credentials",
    { ...listed('null'), credentials: true },
    'origin.null',
    'high',
    'origin.allow[0]',
  ],
  regexRow('unanchored regex', { regex: 'https://app\\.example\\.com' }, 'origin.regex-unanchored'),
  regexRow(
    'start-only regex (django)',
    { regex: '^https://app\\.example\\.com', anchor: 'start' },
    'origin.regex-unanchored',
  ),
  regexRow('unescaped dot', { regex: '^https://app.example\\.com$' }, 'origin.regex-unescaped-dot'),
  [
    'g flag',
    listed({ regex: '^https://a\\.test$', flags: 'g' }),
    'origin.regex-global-flag',
    'medium',
    'origin.allow[0].flags',
  ],
  [
    'http beside https',
    listed('https://app.example.com', 'http://app.example.com'),
    'origin.http-beside-https',
    'medium',
    'origin.allow[1]',
  ],
  [
    'localhost beside https',
    listed('https://app.example.com', 'http://localhost:5173'),
    'origin.http-beside-https',
    'low',
    'origin.allow[1]',
  ],
  ['wildcard TLD', listed('https://*.com'), 'origin.wildcard-broad', 'high', 'origin.allow[0]'],
  ['wildcard subdomains', listed('https://*.example.com'), 'origin.wildcard-broad', 'low', 'origin.allow[0]'],
  [
    '* with credentials',
    { origin: { mode: 'any' }, credentials: true },
    'origin.any-credentials',
    'medium',
    'credentials',
  ],
  [
    'reflected allow-headers',
    { origin: { mode: 'list', allow: ['https://a.test'] } },
    'headers.reflect',
    'low',
    'allowHeaders',
  ],
  [
    'dynamic ACAO without Vary',
    { ...listed('https://a.test'), varyOrigin: false },
    'vary.missing',
    'medium',
    'varyOrigin',
  ],
  ['very long max-age', { ...listed('https://a.test'), maxAge: 31_536_000 }, 'max-age.long', 'low', 'maxAge'],
  [
    'exposing authorization',
    { ...listed('https://a.test'), exposeHeaders: ['x-request-id', 'Authorization'] },
    'expose.credential-like',
    'medium',
    'exposeHeaders[1]',
  ],
  [
    'exposing x-api-key',
    { ...listed('https://a.test'), exposeHeaders: ['x-api-key'] },
    'expose.credential-like',
    'medium',
    'exposeHeaders[0]',
  ],
  [
    'nested quantifier',
    listed({ regex: '^https://([a-z0-9]+\\.)+example\\.com$' }),
    'origin.regex-backtracking',
    'medium',
    'origin.allow[0].regex',
  ],
  [
    'finding inside a path rule',
    {
      ...listed('https://a.test'),
      paths: [{ path: '^/api/', override: { origin: { mode: 'reflect' }, credentials: true } }],
    },
    'origin.reflect-credentials',
    'high',
    'paths[0].override.origin',
  ],
];

describe('policyAudit', () => {
  it.each(table)('%s → %s', (_name, input, id, severity, path) => {
    const findings = policyAudit(policy(input));
    const finding = findings.find((f) => f.id === id && f.path === path);
    expect(finding, JSON.stringify(findings, null, 2)).toBeDefined();
    expect(finding?.severity).toBe(severity);
    expect(finding?.why.length).toBeGreaterThan(20);
    expect(finding?.fix.length).toBeGreaterThan(5);
  });

  const clean: Array<[string, PolicyInput]> = [
    [
      'exact origins, listed headers',
      { ...listed('https://app.example.com', 'https://admin.example.com'), credentials: true, maxAge: 600 },
    ],
    [
      'public API with *',
      { origin: { mode: 'any' }, allowHeaders: { mode: 'list', values: ['content-type'] } },
    ],
    ['anchored, escaped regex', listed({ regex: '^https://(app|admin)\\.example\\.com$' })],
    [
      'whole-match regex via anchor',
      listed({ regex: 'https://app\\.example\\.com', anchor: 'both', ignoreCase: true }),
    ],
    ['CORS disabled', { enabled: false, origin: { mode: 'reflect' }, credentials: true }],
    ['exposing a harmless header', { ...listed('https://a.test'), exposeHeaders: ['x-request-id', 'etag'] }],
  ];
  it.each(clean)('clean: %s → no findings', (_name, input) => {
    expect(policyAudit(policy(input))).toEqual([]);
  });

  it('names the suffix anyone can register under, as the entry spells it', () => {
    const finding = policyAudit(policy(listed('https://*.github.io'))).find(
      (f) => f.id === 'origin.wildcard-broad',
    );
    expect(finding?.why).toMatch(/^Anyone can get a name under \.github\.io and read your API\. /);
  });

  it('sorts findings most severe first', () => {
    const findings = policyAudit(policy({ origin: { mode: 'reflect' }, credentials: true, maxAge: 999_999 }));
    const ranks = findings.map((f) => ['high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('regexRiskNestedQuantifier', () => {
  it.each([
    ['(a+)+', '(a+)+'],
    ['^(\\w*\\.)*x$', '(\\w*\\.)*'],
    ['((ab)+c)*', '((ab)+c)*'],
    ['^https://[a-z]+\\.example\\.com$', null],
    ['(a|b)+', null],
    ['[(a+)]+', null],
  ])('%s → %s', (source, expected) => {
    expect(regexRiskNestedQuantifier(source)).toBe(expected);
  });
});
