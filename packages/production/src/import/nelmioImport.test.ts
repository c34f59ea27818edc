import { describe, expect, it } from 'vitest';
import { nelmioImport } from './nelmioImport.ts';

describe('nelmioImport', () => {
  it('merges truthy path options over the defaults, first matching path first', () => {
    const result = nelmioImport(`nelmio_cors:
    defaults:
        allow_origin: ['https://app.example.com']
        allow_methods: ['get', 'POST']
        allow_headers: ['Content-Type']
        allow_credentials: true
        max_age: 3600
    paths:
        '^/api/':
            allow_origin: ['^https://[a-z]+\\.example\\.com$']
            origin_regex: true
            allow_credentials: false
        '^/public/':
            allow_origin: ['*']
            forced_allow_origin_value: '*'
            allow_headers: ['*']
`);
    expect(result.errors).toEqual([]);
    const policy = result.policy!;
    expect(policy).toMatchObject({
      origin: { mode: 'list', allow: ['https://app.example.com'] },
      allowMethods: { mode: 'list', values: ['GET', 'POST'] },
      allowHeaders: { mode: 'list', values: ['content-type'] },
      credentials: true,
      maxAge: 3600,
      preflight: { status: 200, continue: false },
    });
    expect(policy.paths[0]).toMatchObject({
      path: '(?i)^/api/',
      // allow_credentials: false under a path is dropped by Nelmio: the default (true) stays.
      override: {
        origin: {
          mode: 'list',
          allow: [{ regex: '^https://[a-z]+\\.example\\.com$', anchor: 'none', ignoreCase: true }],
        },
        credentials: true,
      },
    });
    expect(policy.paths[1]).toMatchObject({
      path: '(?i)^/public/',
      override: { origin: { mode: 'any' }, allowHeaders: { mode: 'reflect' } },
    });
    expect(result.notes.join('\n')).toContain('allow_credentials: false under a path (line 12) is ignored');
  });

  it("lifts a catch-all '^/' path to the top-level rule and echoes the Origin for ['*']", () => {
    const policy = nelmioImport(
      "nelmio_cors:\n  paths:\n    '^/':\n      allow_origin: ['*']\n      allow_methods: ['GET']\n",
    ).policy!;
    expect(policy.paths).toEqual([]);
    expect(policy.origin).toEqual({ mode: 'reflect' });
  });

  it('refuses per-host rules, fixed origins, unknown options and bad YAML, naming the line', () => {
    const result = nelmioImport(`nelmio_cors:
    defaults:
        hosts: ['^api\\.']
        forced_allow_origin_value: 'https://app.example.com'
        allow_origins: ['https://app.example.com']
`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => [e.line, e.text])).toEqual([
      [3, "hosts: ['^api\\.']"],
      [4, "forced_allow_origin_value: 'https://app.example.com'"],
      [5, "allow_origins: ['https://app.example.com']"],
    ]);
    expect(nelmioImport('nelmio_cors:\n  defaults: [\n').errors[0]?.message).toMatch(/not valid YAML/);
    expect(nelmioImport('cors:\n  defaults: {}\n').errors[0]?.message).toMatch(/nelmio_cors/);
  });
});
