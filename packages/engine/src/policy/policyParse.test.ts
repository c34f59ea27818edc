import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyArbitrary } from './policyArbitrary.testkit.ts';
import { policyDefault } from './policyDefault.ts';
import { policyParse } from './policyParse.ts';

function errorsOf(input: unknown) {
  const result = policyParse(input);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

describe('policyParse', () => {
  it('fills every default, allowing nothing', () => {
    const result = policyParse({});
    expect(result).toEqual({ ok: true, policy: policyDefault() });
    expect(policyDefault().origin).toEqual({ mode: 'list', allow: [] });
    expect(policyDefault().version).toBe(1);
  });

  it.each([
    'http://localhost:5173',
    'https://example.com',
    'null',
    'https://*.example.com',
    'http://*.localhost:5174',
    'http://127.0.0.1:4000',
    'http://[::1]:4000',
    'chrome-extension://abcdef',
  ])('accepts the origin entry %s', (entry) => {
    expect(policyParse({ origin: { mode: 'list', allow: [entry] } }).ok).toBe(true);
  });

  it.each([
    ['https://example.com/', 'no path'],
    ['https://example.com/api', 'no path'],
    ['HTTPS://Example.com', 'lower case'],
    ['example.com', 'scheme://host'],
    ['*', "mode 'any'"],
    ['https://ex ample.com', 'scheme://host'],
    ['https://example.com:99999', '65535'],
    ['https://a.*.example.com', 'scheme://host'],
    ['https://example.com\r\nX-Evil: 1', 'CR, LF'],
    ['', 'scheme://host'],
  ])('rejects the origin entry %j with the field path', (entry, message) => {
    const errors = errorsOf({ origin: { mode: 'list', allow: ['http://localhost:5173', entry] } });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('origin.allow[1]');
    expect(errors[0]?.message).toContain(message);
  });

  it('reports the RE2 error at the regex path', () => {
    const errors = errorsOf({ origin: { mode: 'list', allow: [{ regex: '^https://(?!evil)' }] } });
    expect(errors).toEqual([
      { path: 'origin.allow[0].regex', message: expect.stringContaining('not a valid RE2 pattern') },
    ]);
    expect(errors[0]?.message).toContain('(?!');
  });

  it('reports a bad path pattern and a bad override at their paths', () => {
    const errors = errorsOf({
      paths: [{ path: '(' }, { path: '^/api', override: { exposeHeaders: ['X-Ok', 'X Bad'] } }],
    });
    expect(errors.map((e) => e.path).sort()).toEqual(['paths[0].path', 'paths[1].override.exposeHeaders[1]']);
  });

  it.each([
    [{ exposeHeaders: ['X-Total\r\nSet-Cookie: a=b'] }, 'exposeHeaders[0]'],
    [{ allowMethods: { mode: 'list', values: ['GET', 'PUT\n'] } }, 'allowMethods.values[1]'],
    [{ allowHeaders: { mode: 'list', values: ['x-a', 'x:b'] } }, 'allowHeaders.values[1]'],
    [{ allowHeaders: { mode: 'list', values: [''] } }, 'allowHeaders.values[0]'],
    [{ maxAge: 1.5 }, 'maxAge'],
    [{ preflight: { status: 99 } }, 'preflight.status'],
    [{ origin: { mode: 'all' } }, 'origin.mode'],
    [{ origin: { mode: 'list', allow: [42] } }, 'origin.allow[0]'],
    [{ origin: { mode: 'list', allow: [{ regex: 'x', anchor: 'end' }] } }, 'origin.allow[0].anchor'],
    [{ credentails: true }, 'credentails'],
    [{ version: 2 }, 'version'],
    [null, ''],
  ])('rejects %j at %s', (input, path) => {
    expect(errorsOf(input).map((e) => e.path)).toEqual([path]);
  });

  it.each([100, 101, 199])('refuses the informational preflight status %i, saying why', (status) => {
    const errors = errorsOf({ preflight: { status } });
    expect(errors).toEqual([{ path: 'preflight.status', message: expect.stringContaining('200–599') }]);
    expect(errors[0]?.message).toContain('1xx is not a final response');
  });

  it('accepts the lowest final preflight status, 200', () => {
    expect(policyParse({ preflight: { status: 200 } }).ok).toBe(true);
  });

  it('reports a pattern over the limits at its field path, saying which limit and what to do', () => {
    const errors = errorsOf({
      origin: { mode: 'list', allow: ['http://a', 'http://b', 'http://c', { regex: '(.*a){900}!!' }] },
      paths: [{ path: 'x'.repeat(501) }],
    });
    expect(errors).toEqual([
      {
        path: 'origin.allow[3].regex',
        message: expect.stringContaining('repeats 900 times, more than the 100'),
      },
      { path: 'paths[0].path', message: expect.stringContaining('at most 500 characters') },
    ]);
  });

  it('reports a policy whose regexes are too costly together at the one that tips it over', () => {
    // More DFA states than an Origin is long: ~10,000 work units each, 60,000 for one list.
    const regex = { regex: 'a[ab]{12}c' };
    const errors = errorsOf({ origin: { mode: 'list', allow: Array.from({ length: 12 }, () => regex) } });
    expect(errors).toEqual([
      {
        path: expect.stringMatching(/^origin\.allow\[\d\]\.regex$/),
        message: expect.stringContaining('work units, more than the 60,000 one list may use together'),
      },
    ]);
  });

  it('explains a value of the wrong type in an origin list', () => {
    expect(errorsOf({ origin: { mode: 'list', allow: [42] } })[0]?.message).toBe(
      'expected string or object, received number',
    );
  });

  it('lists every problem, not just the first', () => {
    const errors = errorsOf({ credentials: 'yes', maxAge: -5, exposeHeaders: ['a b'] });
    expect(errors.map((e) => e.path).sort()).toEqual(['credentials', 'exposeHeaders[0]', 'maxAge']);
  });

  it('keeps per-path overrides sparse (no defaults that would reset the top level)', () => {
    const result = policyParse({ credentials: true, paths: [{ path: '^/api', override: { maxAge: 60 } }] });
    expect(result.ok && result.policy.paths[0]?.override).toEqual({ maxAge: 60 });
  });

  it('accepts every policy the arbitrary generates, and never throws on garbage', () => {
    fc.assert(fc.property(policyArbitrary, (input) => policyParse(input).ok));
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = policyParse(input);
        return result.ok || result.errors.length > 0;
      }),
    );
  });
});
