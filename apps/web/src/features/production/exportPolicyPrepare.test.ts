import { describe, expect, it } from 'vitest';
import { policySchema } from '@cors-playground/engine';
import { exportHeaderCase, exportPolicyPrepare } from './exportPolicyPrepare.ts';

const appOrigin = 'http://localhost:5173';

describe('exportPolicyPrepare', () => {
  it("replaces the playground's origin with the production ones, per-path rules included", () => {
    const policy = policySchema.parse({
      origin: { mode: 'list', allow: [appOrigin, 'https://partner.example'] },
      paths: [{ path: '^/api/', override: { origin: { mode: 'list', allow: [appOrigin] } } }],
    });
    const out = exportPolicyPrepare(policy, {
      appOrigin,
      origins: ['https://app.example', 'https://www.example'],
    });
    expect(out.origin).toEqual({
      mode: 'list',
      allow: ['https://app.example', 'https://www.example', 'https://partner.example'],
    });
    expect(out.paths[0]?.override.origin).toEqual({
      mode: 'list',
      allow: ['https://app.example', 'https://www.example'],
    });
  });

  it('keeps the policy when no production origin is given, and writes header names in one case', () => {
    const policy = policySchema.parse({
      origin: { mode: 'list', allow: [appOrigin] },
      allowHeaders: { mode: 'list', values: ['content-type', 'X-CUSTOM'] },
      exposeHeaders: ['x-request-id', '*'],
    });
    const out = exportPolicyPrepare(policy, { appOrigin, origins: [] });
    expect(out.origin).toEqual(policy.origin);
    expect(out.allowHeaders).toEqual({ mode: 'list', values: ['Content-Type', 'X-Custom'] });
    expect(out.exposeHeaders).toEqual(['X-Request-Id', '*']);
    expect(exportHeaderCase('www-authenticate')).toBe('Www-Authenticate');
  });
});
