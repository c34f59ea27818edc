import type { CorsRule, OriginEntry, OriginPolicy, PathRule, Policy } from '@cors-playground/engine';

/** One field that differs between two policies, said in plain words rather than JSON. */
export interface PolicyChange {
  /** The field path, as errors and the audit name it: `origin`, `paths[0].override.credentials`. */
  path: string;
  /** What the field decides. */
  label: string;
  /** What it does now, and what it would do. */
  before: string;
  after: string;
}

type RuleKey = keyof CorsRule;

function policyDiffOriginEntry(entry: OriginEntry): string {
  if (typeof entry === 'string') return entry === 'null' ? '"null" (sandboxed frames, any site)' : entry;
  const anchor = { none: 'anywhere in the origin', start: 'from its start', both: 'the whole origin' }[
    entry.anchor
  ];
  return `origins matching /${entry.regex}/${entry.ignoreCase ? 'i' : ''} (${anchor})`;
}

function policyDiffOrigin(origin: OriginPolicy): string {
  if (origin.mode === 'any') return 'every website (Access-Control-Allow-Origin: *)';
  if (origin.mode === 'reflect') return 'every website: whatever Origin arrives is echoed back';
  return origin.allow.length === 0
    ? 'no other website'
    : `only ${origin.allow.map(policyDiffOriginEntry).join(', ')}`;
}

function policyDiffList(
  value: CorsRule['allowMethods'] | CorsRule['allowHeaders'],
  what: 'method' | 'headers',
): string {
  if (value.mode === 'reflect') return `whatever ${what} the preflight asks for`;
  return value.values.length === 0 ? 'none' : value.values.join(', ');
}

const yesNo = (yes: string, no: string) => (value: boolean) => (value ? yes : no);

/** Each field of a CORS rule, in the order the editor shows them, with how to say its value. */
const policyDiffFields: { [K in RuleKey]: { label: string; say: (value: CorsRule[K]) => string } } = {
  enabled: { label: 'CORS layer', say: yesNo('on', 'off: no CORS headers at all') },
  origin: { label: 'Who may read responses', say: policyDiffOrigin },
  credentials: {
    label: 'Credentials (cookies, HTTP auth)',
    say: yesNo('allowed: responses to logged-in requests are readable', 'not allowed'),
  },
  allowMethods: { label: 'Methods allowed on preflights', say: (v) => policyDiffList(v, 'method') },
  allowHeaders: { label: 'Request headers allowed on preflights', say: (v) => policyDiffList(v, 'headers') },
  exposeHeaders: {
    label: 'Response headers JavaScript may read',
    say: (v) => (v.length === 0 ? 'only the safelisted ones' : v.join(', ')),
  },
  maxAge: {
    label: 'Preflight cache time (Access-Control-Max-Age)',
    say: (v) => (v === null ? 'not sent (browser default)' : `${v} s`),
  },
  preflight: {
    label: 'Preflight answer',
    say: (v) => `status ${v.status}, ${v.continue ? 'passed on to the route' : 'answered by the CORS layer'}`,
  },
  varyOrigin: { label: 'Vary: Origin', say: yesNo('sent', 'not sent') },
  corsOnErrors: { label: 'CORS headers on 4xx/5xx responses', say: yesNo('kept', 'dropped') },
  rejectDisallowedOrigin: {
    label: 'Disallowed origins',
    say: yesNo('answered 403', 'answered without CORS headers'),
  },
};

const ruleKeys = Object.keys(policyDiffFields) as RuleKey[];

function policyDiffSay<K extends RuleKey>(key: K, value: CorsRule[K] | undefined): string {
  return value === undefined ? 'as at the top level' : policyDiffFields[key].say(value);
}

function policyDiffSame(a: unknown, b: unknown): boolean {
  // Parsed policies are built by one schema, so equal values serialize with their keys in one order.
  return JSON.stringify(a) === JSON.stringify(b);
}

function policyDiffRule(
  before: Partial<CorsRule>,
  after: Partial<CorsRule>,
  prefix: string,
  labelPrefix: string,
): PolicyChange[] {
  return ruleKeys
    .filter((key) => !policyDiffSame(before[key], after[key]))
    .map((key) => ({
      path: `${prefix}${key}`,
      label: `${labelPrefix}${policyDiffFields[key].label}`,
      before: policyDiffSay(key, before[key]),
      after: policyDiffSay(key, after[key]),
    }));
}

function policyDiffOverrideSay(override: PathRule['override']): string {
  const set = ruleKeys.filter((key) => override[key] !== undefined);
  if (set.length === 0) return 'no change from the top level';
  return set
    .map((key) => `${policyDiffFields[key].label.toLowerCase()}: ${policyDiffSay(key, override[key])}`)
    .join('; ');
}

function policyDiffPathRuleSay(rule: PathRule | undefined): string {
  return rule ? `paths matching /${rule.path}/ → ${policyDiffOverrideSay(rule.override)}` : 'none';
}

function policyDiffPaths(before: PathRule[], after: PathRule[]): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i += 1) {
    const was = before[i];
    const will = after[i];
    if (policyDiffSame(was, will)) continue;
    const label = `Path rule ${i + 1}`;
    if (!was || !will || was.path !== will.path) {
      changes.push({
        path: `paths[${i}]`,
        label,
        before: policyDiffPathRuleSay(was),
        after: policyDiffPathRuleSay(will),
      });
      continue;
    }
    changes.push(
      ...policyDiffRule(was.override, will.override, `paths[${i}].override.`, `${label} (/${will.path}/): `),
    );
  }
  return changes;
}

/** What changes, field by field, when `after` replaces `before`: the top-level rule, then each path rule. */
export function policyDiff(before: Policy, after: Policy): PolicyChange[] {
  return [...policyDiffRule(before, after, '', ''), ...policyDiffPaths(before.paths, after.paths)];
}
