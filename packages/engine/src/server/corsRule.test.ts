import { describe, expect, it } from 'vitest';
import { corsFixture } from './corsFixture.testkit.ts';
import { corsRuleBase, corsRuleMerged } from './corsRule.ts';

describe('corsRuleMerged', () => {
  const policy = corsFixture.policy({
    credentials: true,
    maxAge: 60,
    paths: [{ path: '^/api/', override: { maxAge: 600, exposeHeaders: ['X-Total'] } }, { path: '^/x' }],
  });

  it('replaces exactly the fields an override writes, on the top-level rule without version and paths', () => {
    const [api, x] = corsRuleMerged(policy);
    expect(api).toEqual({ ...corsRuleBase(policy), maxAge: 600, exposeHeaders: ['X-Total'] });
    expect(x).toEqual(corsRuleBase(policy));
    expect(api && ('paths' in api || 'version' in api)).toBe(false);
  });

  it('is computed once per policy value', () => {
    expect(corsRuleMerged(policy)).toBe(corsRuleMerged(policy));
  });
});
