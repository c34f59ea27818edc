import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { policyDefault, policyParse } from '@cors-playground/engine';
import { policyFormModel } from './policyFormModel.ts';

const fallback = policyDefault();

describe('policyFormModel', () => {
  it('is the policy itself for a valid, fully-defaulted policy', () => {
    const parsed = policyParse({
      origin: { mode: 'list', allow: ['https://a.example', { regex: '^x$', anchor: 'start' }] },
      credentials: true,
      maxAge: 600,
      paths: [{ path: '^/api/', override: { credentials: false, origin: { mode: 'any' } } }],
    });
    if (!parsed.ok) throw new Error('fixture');
    expect(policyFormModel(parsed.policy, fallback)).toEqual(parsed.policy);
  });

  it("keeps the user's invalid values where they were typed, next to their errors", () => {
    const model = policyFormModel(
      { origin: { mode: 'list', allow: ['HTTP://Bad/', 42] }, exposeHeaders: ['bad header'], maxAge: '6o' },
      fallback,
    );
    expect(model.origin).toEqual({ mode: 'list', allow: ['HTTP://Bad/', '42'] });
    expect(model.exposeHeaders).toEqual(['bad header']);
    expect(model.maxAge).toBe('6o');
  });

  it('falls back field by field for shapes the form cannot show', () => {
    const model = policyFormModel(
      { origin: 'everyone', credentials: 'yes', preflight: { status: 200 } },
      fallback,
    );
    expect(model.origin).toEqual(fallback.origin);
    expect(model.credentials).toBe(fallback.credentials);
    expect(model.preflight).toEqual({ status: 200, continue: false });
  });

  it('keeps only the override fields that were written', () => {
    const model = policyFormModel(
      { paths: [{ path: '^/a', override: { enabled: false } }, 'junk'] },
      fallback,
    );
    expect(model.paths).toEqual([
      { path: '^/a', override: { enabled: false } },
      { path: '', override: {} },
    ]);
  });

  it('never throws, whatever the draft holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        policyFormModel(value, fallback);
        policyFormModel({ origin: value, paths: [value], allowMethods: value, preflight: value }, fallback);
      }),
    );
  });
});
