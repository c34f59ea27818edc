import { describe, expect, it } from 'vitest';
import { policyDefault, type Policy } from '@cors-playground/engine';
import { appOriginRuleAllows, appOriginRuleToggle } from './appOriginRule.ts';

const app = 'http://localhost:5173';

function withOrigin(origin: Policy['origin']): Policy {
  return { ...policyDefault(), origin };
}

describe('appOriginRule', () => {
  it('reads any and reflect as allowed, a list only with the exact entry', () => {
    expect(appOriginRuleAllows(withOrigin({ mode: 'any' }), app)).toBe(true);
    expect(appOriginRuleAllows(withOrigin({ mode: 'reflect' }), app)).toBe(true);
    expect(appOriginRuleAllows(withOrigin({ mode: 'list', allow: [app] }), app)).toBe(true);
    expect(appOriginRuleAllows(withOrigin({ mode: 'list', allow: ['https://x.example'] }), app)).toBe(false);
  });

  it('adds and removes the origin, keeping other entries', () => {
    const other = 'https://x.example';
    const listed = withOrigin({ mode: 'list', allow: [other] });
    expect(appOriginRuleToggle(listed, app, true)).toEqual({ mode: 'list', allow: [other, app] });
    expect(appOriginRuleToggle(withOrigin({ mode: 'list', allow: [app, other] }), app, false)).toEqual({
      mode: 'list',
      allow: [other],
    });
  });

  it('really denies when switched off from any or reflect', () => {
    expect(appOriginRuleToggle(withOrigin({ mode: 'reflect' }), app, false)).toEqual({
      mode: 'list',
      allow: [],
    });
  });
});
