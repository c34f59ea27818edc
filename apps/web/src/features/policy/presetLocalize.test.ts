import { describe, expect, it } from 'vitest';
import { policyParse, policyPresets } from '@cors-playground/engine';
import { presetLocalize } from './presetLocalize.ts';

describe('presetLocalize', () => {
  it('leaves presets alone on the default origins', () => {
    const preset = policyPresets[0];
    if (!preset) throw new Error('no presets');
    expect(
      presetLocalize(preset, { appOrigin: 'http://localhost:5173', otherOrigin: 'http://localhost:5174' }),
    ).toBe(preset);
  });

  it("rewrites the app and other-site origins to this playground's, keeping every preset valid", () => {
    const origins = { appOrigin: 'http://localhost:15173', otherOrigin: 'http://localhost:15174' };
    for (const preset of policyPresets) {
      const local = presetLocalize(preset, origins);
      const text = JSON.stringify(local.policy);
      expect(text).not.toMatch(/localhost:517[34](?!\d)/);
      expect(policyParse(local.policy).ok).toBe(true);
    }
    const strict = policyPresets.find((p) => p.id === 'strict-single-origin');
    if (!strict) throw new Error('strict-single-origin preset missing');
    const local = presetLocalize(strict, origins);
    expect(local.policy.origin).toEqual({ mode: 'list', allow: ['http://localhost:15173'] });
    expect(local.sentence).toContain('http://localhost:15173');
  });

  it('offers at least ten presets, each with a verdict and one sentence', () => {
    expect(policyPresets.length).toBeGreaterThanOrEqual(10);
    for (const preset of policyPresets) {
      expect(['right', 'wrong', 'depends']).toContain(preset.verdict);
      expect(preset.sentence.length).toBeGreaterThan(20);
    }
  });
});
