import { policyParse, type Policy, type PolicyInput } from '@cors-playground/engine';
import { describe, expect, it } from 'vitest';
import { auditAttackLimits, auditAttacks, type AttackClass } from './auditAttack.ts';
import { policyAudit } from './policyAudit.ts';

function policy(input: PolicyInput): Policy {
  const parsed = policyParse(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

type Entry = NonNullable<Extract<PolicyInput['origin'], { mode: 'list' }>>['allow'][number];
const credentialed = (...allow: Entry[]): PolicyInput => ({
  origin: { mode: 'list', allow },
  credentials: true,
});

/**
 * The misconfigurations the public CORS scanners test, each as the policy a careless developer deploys:
 * the scanner's origin, its class, who can send it, and the severity the audit must give it.
 */
const table: Array<[input: PolicyInput, origin: string, cls: AttackClass, who: string, severity: string]> = [
  [credentialed({ regex: '^https://.*$' }), 'https://evil.com', 'reflection', 'anyone', 'high'],
  [{ origin: { mode: 'reflect' }, credentials: true }, 'https://evil.com', 'reflection', 'anyone', 'high'],
  [
    credentialed({ regex: '^https://.*bank\\.example$', ignoreCase: true }),
    'https://evilbank.example',
    'suffix',
    'anyone',
    'high',
  ],
  [
    credentialed({ regex: '^https://.*www\\.bank\\.example$' }),
    'https://notwww.bank.example',
    'suffix',
    'needs-subdomain',
    'medium',
  ],
  [
    credentialed({ regex: 'https://www\\.bank\\.example' }),
    'https://www.bank.example.evil.com',
    'prefix',
    'anyone',
    'high',
  ],
  [
    credentialed({ regex: '^https://www.bank.example$' }),
    'https://wwwxbank.example',
    'unescaped-dot',
    'anyone',
    'high',
  ],
  [
    credentialed({ regex: '^https://www\\.bank\\.example([^a-z0-9.-].*)?$' }),
    'https://www.bank.example_.evil.com',
    'special-character',
    'anyone',
    'high',
  ],
  [
    credentialed({ regex: '^https://www\\.bank\\.example([^\\w.-].*)?$' }),
    'https://www.bank.example`.evil.com',
    'special-character',
    'anyone',
    'high',
  ],
  [
    credentialed({ regex: '^https?://(www|app)\\.bank\\.example$' }),
    'http://www.bank.example',
    'http-downgrade',
    'needs-network-position',
    'medium',
  ],
  [
    credentialed({ regex: '^https://[a-z0-9.-]+\\.bank\\.example$' }),
    'https://evil.www.bank.example',
    'any-subdomain',
    'needs-subdomain',
    'medium',
  ],
  [
    credentialed('https://*.bank.example'),
    'https://evil.bank.example',
    'any-subdomain',
    'needs-subdomain',
    'medium',
  ],
  [credentialed('https://app.bank.example', 'null'), 'null', 'null', 'anyone', 'high'],
  [
    credentialed('https://www.bank.example', 'https://*.github.io'),
    'https://evil.github.io',
    'public-suffix',
    'anyone',
    'high',
  ],
  [credentialed('https://*.com'), 'https://evil.com', 'public-suffix', 'anyone', 'high'],
  [
    credentialed('https://www.bank.example', 'https://jsfiddle.net', 'https://fiddle.jshell.net'),
    'https://fiddle.jshell.net',
    'code-hosting',
    'anyone',
    'high',
  ],
  [
    { origin: { mode: 'list', allow: [{ regex: '^https://.*bank\\.example$' }] } },
    'https://evilbank.example',
    'suffix',
    'anyone',
    'low',
  ],
];

describe('auditAttacks', () => {
  it.each(table)('%j grants %s (%s)', (input, origin, cls, who, severity) => {
    const attacks = auditAttacks(policy(input));
    const attack = attacks.find((a) => a.origin === origin);
    expect(attack, JSON.stringify(attacks, null, 2)).toMatchObject({ class: cls, who, severity });
    expect(attack?.fix.length).toBeGreaterThan(10);
    const finding = policyAudit(policy(input)).find((f) => f.attack?.class === cls);
    expect(finding, 'the audit reports the class').toBeDefined();
    expect(finding?.severity).toBe(severity);
    expect(finding?.why).toContain(finding?.attack?.origin ?? '-');
  });

  it('derives look-alikes from the policy’s own domain, never from a fixed one', () => {
    const attacks = auditAttacks(policy(credentialed({ regex: '^https://.*shop\\.test$' })));
    expect(attacks.map((a) => a.origin)).toContain('https://evilshop.test');
    expect(
      JSON.stringify(policyAudit(policy(credentialed({ regex: '^https://.*shop\\.test$' })))),
    ).not.toMatch(/app\.example\.com|\?https:/);
  });

  it('names no bogus example: a pattern spelling its scheme first needs no ^, and the dot fix is the pattern escaped', () => {
    const schemeFirst = policyAudit(policy(credentialed({ regex: 'https://app\\.bank\\.example$' })));
    expect(schemeFirst.map((f) => f.id)).not.toContain('origin.regex-unanchored');
    const dotted = policyAudit(policy(credentialed({ regex: '^https://app.bank.example$' })));
    const dot = dotted.find((f) => f.id === 'origin.regex-unescaped-dot');
    expect(dot?.fix).toContain('^https://app\\.bank\\.example$');
    expect(dot?.attack?.origin).toBe('https://appxbank.example');
    expect(dot?.why).toContain('https://appxbank.example');
  });

  it('grants nothing for exact origins and a whole-match escaped regex', () => {
    const safe = credentialed('https://app.bank.example', {
      regex: '^https://(www|admin)\\.bank\\.example$',
    });
    expect(auditAttacks(policy(safe))).toEqual([]);
  });

  it('reports a path rule that changes the origin rule under its own path, and not inherited ones twice', () => {
    const input: PolicyInput = {
      ...credentialed('https://app.bank.example'),
      paths: [
        { path: '^/public/', override: { credentials: false } },
        { path: '^/api/', override: { origin: { mode: 'list', allow: [{ regex: 'bank\\.example$' }] } } },
      ],
    };
    const attacks = auditAttacks(policy(input));
    expect(attacks.length).toBeGreaterThan(0);
    expect(attacks.every((a) => a.pathRule === 1 && a.path === 'paths[1].override.origin.allow[0]')).toBe(
      true,
    );
    expect(attacks.find((a) => a.origin === 'https://evilbank.example')?.severity).toBe('high');
  });

  it('lists the browsers that can send a host: special characters only in some', () => {
    const attacks = auditAttacks(
      policy(credentialed({ regex: '^https://www\\.bank\\.example([^\\w.-].*)?$' })),
    );
    const backtick = attacks.find((a) => a.origin === 'https://www.bank.example`.evil.com');
    expect(backtick?.browsers).toContain('webkit');
    expect(backtick?.browsers).not.toContain('chromium');
    const plain = auditAttacks(policy(credentialed('https://*.bank.example')))[0];
    expect(plain?.browsers).toEqual(['chromium', 'firefox', 'webkit']);
  });

  it('derives look-alikes from a bounded number of own origins, patterns first', () => {
    const exact = Array.from({ length: 30 }, (_, i) => `https://app.d${i}.example`);
    const wildcards = Array.from({ length: 20 }, (_, i) => `https://*.w${i}.example`);
    const attacks = auditAttacks(policy(credentialed(...exact, ...wildcards)));
    // The wildcards come last in the list but first in the audit's attention, up to the bound.
    const subdomains = new Set(attacks.filter((a) => a.class === 'any-subdomain').map((a) => a.path));
    expect(subdomains.size).toBe(auditAttackLimits.ownPerRule);
    expect(subdomains).toContain('origin.allow[30]');
  });
});
