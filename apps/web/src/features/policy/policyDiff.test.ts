import { describe, expect, it } from 'vitest';
import { policyParse, type PolicyInput, type Policy } from '@cors-playground/engine';
import { policyDiff } from './policyDiff.ts';

function parsed(input: PolicyInput): Policy {
  const result = policyParse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const live = parsed({ origin: { mode: 'list', allow: ['http://localhost:5173'] }, maxAge: 600 });

describe('policyDiff', () => {
  it('finds nothing between equal policies', () => {
    expect(policyDiff(live, parsed({ ...live }))).toEqual([]);
  });

  it('says a hostile change in plain words, field by field', () => {
    const hostile = parsed({ origin: { mode: 'reflect' }, credentials: true, maxAge: 600 });
    expect(policyDiff(live, hostile)).toEqual([
      {
        path: 'origin',
        label: 'Who may read responses',
        before: 'only http://localhost:5173',
        after: 'every website: whatever Origin arrives is echoed back',
      },
      {
        path: 'credentials',
        label: 'Credentials (cookies, HTTP auth)',
        before: 'not allowed',
        after: 'allowed: responses to logged-in requests are readable',
      },
    ]);
  });

  it('describes lists, reflect, the preflight and missing values', () => {
    const next = parsed({
      origin: { mode: 'list', allow: ['null', { regex: 'example\\.com', anchor: 'none' }] },
      allowMethods: { mode: 'reflect' },
      allowHeaders: { mode: 'list', values: [] },
      exposeHeaders: ['X-Request-Id'],
      maxAge: null,
      preflight: { status: 200, continue: true },
      enabled: false,
    });
    const said = Object.fromEntries(policyDiff(live, next).map((c) => [c.path, [c.before, c.after]]));
    expect(said).toEqual({
      enabled: ['on', 'off: no CORS headers at all'],
      origin: [
        'only http://localhost:5173',
        'only "null" (sandboxed frames, any site), origins matching /example\\.com/ (anywhere in the origin)',
      ],
      allowMethods: ['GET, HEAD, PUT, PATCH, POST, DELETE', 'whatever method the preflight asks for'],
      allowHeaders: ['whatever headers the preflight asks for', 'none'],
      exposeHeaders: ['only the safelisted ones', 'X-Request-Id'],
      maxAge: ['600 s', 'not sent (browser default)'],
      preflight: ['status 204, answered by the CORS layer', 'status 200, passed on to the route'],
    });
  });

  it('compares path rules: added, removed, and field by field when the pattern stays', () => {
    const withRule = parsed({ ...live, paths: [{ path: '^/api/', override: { credentials: true } }] });
    expect(policyDiff(live, withRule)).toEqual([
      {
        path: 'paths[0]',
        label: 'Path rule 1',
        before: 'none',
        after:
          'paths matching /^/api// → credentials (cookies, http auth): allowed: responses to logged-in requests are readable',
      },
    ]);
    expect(policyDiff(withRule, live).map((c) => [c.path, c.after])).toEqual([['paths[0]', 'none']]);
    const reflecting = parsed({
      ...live,
      paths: [{ path: '^/api/', override: { credentials: true, origin: { mode: 'reflect' } } }],
    });
    expect(policyDiff(withRule, reflecting)).toEqual([
      {
        path: 'paths[0].override.origin',
        label: 'Path rule 1 (/^/api//): Who may read responses',
        before: 'as at the top level',
        after: 'every website: whatever Origin arrives is echoed back',
      },
    ]);
  });
});
