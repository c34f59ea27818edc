import { describe, expect, it } from 'vitest';
import { exportTargets } from './policyExport.ts';
import { policyExporters } from './policyExporters.ts';
import { policyFixture as policy, policyFixtureListInput } from './policyFixture.testkit.ts';

/** A realistic production policy: exact origins, a wildcard, a regex, credentials, and a public path. */
const production = policy({
  ...policyFixtureListInput,
  paths: [{ path: '^/public/', override: { origin: { mode: 'any' }, credentials: false } }],
});

/** The simplest policy every target can express. */
const simple = policy({
  origin: { mode: 'list', allow: ['https://app.example.com'] },
  allowMethods: { mode: 'list', values: ['GET', 'POST'] },
  allowHeaders: { mode: 'list', values: ['content-type'] },
  preflight: { status: 204, continue: false },
});

describe('policy exporters (golden)', () => {
  for (const target of exportTargets) {
    it(`${target}: production policy`, async () => {
      const result = policyExporters[target](production);
      expect(result.target).toBe(target);
      await expect(`${result.code}\n--- differences\n${result.differences.join('\n')}\n`).toMatchFileSnapshot(
        `__golden__/${target}.production.txt`,
      );
    });
    it(`${target}: simple policy`, async () => {
      const result = policyExporters[target](simple);
      await expect(`${result.code}\n--- differences\n${result.differences.join('\n')}\n`).toMatchFileSnapshot(
        `__golden__/${target}.simple.txt`,
      );
    });
  }
});

describe('policy exporters (differences)', () => {
  it('every target is total: a policy using every feature never throws', () => {
    const everything = policy({
      origin: { mode: 'list', allow: ['null', 'http://x.test', { regex: '(?i)a(?P<n>b)\\z', flags: 'g' }] },
      allowMethods: { mode: 'reflect' },
      maxAge: 0,
      preflight: { status: 200, continue: true },
      varyOrigin: false,
      corsOnErrors: false,
      rejectDisallowedOrigin: true,
      paths: [{ path: '^/a(?P<x>b)', override: { enabled: false } }],
    });
    for (const target of exportTargets) {
      const result = policyExporters[target](everything);
      expect(result.code.length, target).toBeGreaterThan(0);
      expect(result.differences.length, target).toBeGreaterThan(0);
      expect(result.differingAspects.length, target).toBeGreaterThan(0);
    }
  });

  it('credentials with * is flagged where the target reflects instead', () => {
    const anyCredentials = policy({ origin: { mode: 'any' }, credentials: true });
    for (const target of ['django', 'flask', 'fastapi', 'koa', 'spring', 'aspnet'] as const) {
      const result = policyExporters[target](anyCredentials);
      expect(result.differingAspects, target).toContain('origin');
      expect(result.differences.join(' '), target).toMatch(/ALLOW credentialed requests/);
    }
  });

  it('Express and Fastify express the simple policy with no origin/method/header/vary differences', () => {
    for (const target of ['express', 'fastify'] as const) {
      const aspects = policyExporters[target](simple).differingAspects;
      for (const aspect of [
        'origin',
        'methods',
        'allowHeaders',
        'exposeHeaders',
        'maxAge',
        'vary',
        'preflight',
      ] as const) {
        expect(aspects, `${target} ${aspect}`).not.toContain(aspect);
      }
    }
  });

  it('nginx expresses corsOnErrors and rejectDisallowedOrigin exactly', () => {
    const strict = policy({
      origin: { mode: 'list', allow: ['https://a.test'] },
      corsOnErrors: false,
      rejectDisallowedOrigin: true,
    });
    const result = policyExporters.nginx(strict);
    expect(result.differences).toEqual([]);
    expect(result.code).toContain('return 403;');
    expect(result.code).not.toContain(' always;');
  });

  it('Apache and Caddy express a single-rule policy exactly, and Caddy keeps RE2 patterns as they are', () => {
    const single = policy({
      origin: { mode: 'list', allow: ['https://a.test', 'https://*.b.test', { regex: 'c\\.test$' }] },
      credentials: true,
      exposeHeaders: ['x-id'],
    });
    for (const target of ['apache', 'caddy'] as const) {
      expect(policyExporters[target](single).differences, target).toEqual([]);
    }
    expect(policyExporters.caddy(single).code).toContain('(?:c\\.test$)');
    expect(policyExporters.caddy(policy({ origin: { mode: 'list', allow: [] } })).code).toContain(
      '[^\\x00-\\x{10FFFF}]',
    );
  });

  it('Koa and Hono run patterns through one origin function, and Starlette gets one fullmatch regex', () => {
    const koa = policyExporters.koa(simple);
    expect(koa.code).toContain("originAllowed(allowedOrigins, ctx.get('Origin'))");
    const fastapi = policyExporters.fastapi(production);
    expect(fastapi.code).toMatch(/allow_origin_regex=r"\(\?:https:.*\|\(\?i:/);
  });

  it('NelmioCorsBundle writes a repeated path pattern once (YAML keys are unique) and says so', () => {
    const repeated = policyExporters.nelmio(
      policy({
        paths: [
          { path: '^/api/', override: { credentials: true } },
          { path: '^/api/', override: { maxAge: 60 } },
        ],
      }),
    );
    expect(repeated.code.match(/'\^\/api\/':|\^\/api\/:/g)).toHaveLength(1);
    expect(repeated.code).toContain('allow_credentials: true');
    expect(repeated.code).not.toContain('max_age: 60');
    expect(repeated.differences).toContainEqual(
      expect.stringContaining('A second rule for /^/api// is left out'),
    );
  });

  it('Python exports scope a leading (?i) (Python 3.11 refuses global flags inside a group)', () => {
    const flagged = (anchor: 'both' | 'start') =>
      policy({ origin: { mode: 'list', allow: ['https://a.test', { regex: '(?i)EXAMPLE', anchor }] } });
    expect(policyExporters.fastapi(flagged('both')).code).toContain('allow_origin_regex=r"(?i)EXAMPLE"');
    expect(policyExporters.fastapi(flagged('start')).code).toContain('allow_origin_regex=r"(?i:EXAMPLE).*"');
    expect(policyExporters.flask(flagged('both')).code).toContain('(?-i:(?i:EXAMPLE)\\Z)');
  });

  it('django-cors-headers: nothing differs when CORS is off everywhere', () => {
    expect(policyExporters.django(policy({ enabled: false })).differences).toEqual([]);
  });

  it('django-cors-headers: reflected request headers also change Vary, and * skips Origin-less requests', () => {
    const reflect = policyExporters.django(policy({ origin: { mode: 'list', allow: ['https://a.test'] } }));
    expect(reflect.differingAspects).toEqual(expect.arrayContaining(['allowHeaders', 'vary']));
    const any = policyExporters.django(policy({ origin: { mode: 'any' } }));
    expect(any.differingAspects).toContain('noOrigin');
  });
});
