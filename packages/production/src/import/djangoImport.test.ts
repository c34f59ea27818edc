import { describe, expect, it } from 'vitest';
import { djangoImport } from './djangoImport.ts';

describe('djangoImport', () => {
  it('reads a settings block with django-cors-headers 3.14 semantics', () => {
    const result = djangoImport(`import os
INSTALLED_APPS += ["corsheaders"]
CORS_ALLOWED_ORIGINS = [
    "https://app.example.com",  # the SPA
    'http://localhost:5173',
]
CORS_ALLOWED_ORIGIN_REGEXES = (r"^https://\\w+\\.example\\.com$",)
CORS_ALLOW_CREDENTIALS = True
CORS_EXPOSE_HEADERS = ["x-request-id"]
`);
    expect(result.errors).toEqual([]);
    const policy = result.policy!;
    expect(policy.origin).toEqual({
      mode: 'list',
      allow: [
        'https://app.example.com',
        'http://localhost:5173',
        { regex: '^https://\\w+\\.example\\.com$', anchor: 'start', ignoreCase: false, flags: '' },
      ],
    });
    expect(policy.credentials).toBe(true);
    expect(policy.allowMethods).toEqual({
      mode: 'list',
      values: ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    });
    expect(policy.allowHeaders).toMatchObject({
      mode: 'list',
      values: expect.arrayContaining(['dnt', 'x-csrftoken']),
    });
    expect(policy.maxAge).toBe(86400);
    expect(policy.preflight).toEqual({ status: 200, continue: false });
    expect(result.notes.join('\n')).toMatch(/3\.14/);
  });

  it('echoes any origin with credentials, sends * without, and reads the pre-3.0 names', () => {
    expect(
      djangoImport('CORS_ORIGIN_ALLOW_ALL = True\nCORS_ALLOW_CREDENTIALS = True').policy?.origin,
    ).toEqual({ mode: 'reflect' });
    expect(djangoImport('CORS_ALLOW_ALL_ORIGINS = True').policy?.origin).toEqual({ mode: 'any' });
    expect(djangoImport('CORS_ORIGIN_WHITELIST = ("https://a.test",)').policy?.origin).toEqual({
      mode: 'list',
      allow: ['https://a.test'],
    });
  });

  it('switches CORS on for CORS_URLS_REGEX paths only, anchored like re.match', () => {
    const policy = djangoImport(
      'CORS_ALLOW_ALL_ORIGINS = True\nCORS_URLS_REGEX = r"/api/.*"\nCORS_PREFLIGHT_MAX_AGE = 0',
    ).policy!;
    expect(policy.enabled).toBe(false);
    expect(policy.paths).toEqual([{ path: '^(?:/api/.*)', override: { enabled: true } }]);
    expect(policy.maxAge).toBeNull();
  });

  it('refuses computed, conditional, unknown and invalid settings, naming each line', () => {
    const result = djangoImport(`CORS_ALLOWED_ORIGINS = ["https://app.example.com/"]
CORS_EXPOSE_HEADERS = os.environ["EXPOSE"]
if DEBUG:
    CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(?!evil)\\w+\\.test$"]
CORS_ALLOW_HEADERS = "content-type"
CORS_ORIGINS = []
CORS_ALLOW_METHODS.append("PURGE")
`);
    expect(result.policy).toBeNull();
    expect(result.errors.map((e) => [e.line, e.text])).toEqual([
      [1, 'CORS_ALLOWED_ORIGINS = ["https://app.example.com/"]'],
      [2, 'CORS_EXPOSE_HEADERS = os.environ["EXPOSE"]'],
      [4, 'CORS_ALLOW_ALL_ORIGINS = True'],
      [5, 'CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://(?!evil)\\w+\\.test$"]'],
      [6, 'CORS_ALLOW_HEADERS = "content-type"'],
      [7, 'CORS_ORIGINS = []'],
      [8, 'CORS_ALLOW_METHODS.append("PURGE")'],
    ]);
    expect(result.errors[0]?.message).toMatch(/no path/);
    expect(result.errors[3]?.message).toMatch(/RE2/);
    expect(result.errors[4]?.message).toMatch(/not one string/);
  });
});
