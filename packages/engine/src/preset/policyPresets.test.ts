import { describe, expect, it } from 'vitest';
import { headerListGet } from '../http/headerList.ts';
import { policyParse } from '../policy/policyParse.ts';
import { corsFixture } from '../server/corsFixture.testkit.ts';
import { corsHeadersFinal } from '../server/corsHeadersFinal.ts';
import { corsRespond } from '../server/corsRespond.ts';
import type { CorsDecision } from '../server/corsRespond.ts';
import { policyPresets, policyPresetsFor } from './policyPresets.ts';

const { app, other, api, preflight, actual } = corsFixture;

function presetPolicy(id: string) {
  const found = policyPresets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.policy;
}
const acao = (d: CorsDecision) => headerListGet(d.headers, 'Access-Control-Allow-Origin');

describe('policyPresets', () => {
  it('has at least 12 presets with unique kebab-case ids, valid policies and one sentence each', () => {
    expect(policyPresets.length).toBeGreaterThanOrEqual(12);
    expect(new Set(policyPresets.map((p) => p.id)).size).toBe(policyPresets.length);
    for (const p of policyPresets) {
      expect(p.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(policyParse(p.policy)).toEqual({ ok: true, policy: p.policy });
      expect(p.sentence).toMatch(/^\S[^\n]*\.$/);
      expect(['right', 'wrong', 'depends']).toContain(p.verdict);
    }
  });

  it('uses only the playground origins where an origin is named', () => {
    for (const p of policyPresets) {
      const origins = JSON.stringify(p.policy).match(/https?:\/\/[a-z0-9.*:-]+/g) ?? [];
      for (const origin of origins) expect(origin).toMatch(/^http:\/\/(\*\.)?localhost:517[34]$/);
    }
  });

  it.each<[string, (d: CorsDecision) => void, ReturnType<typeof actual>]>([
    ['strict-single-origin', (d) => expect(acao(d)).toBeNull(), actual(other)],
    ['strict-single-origin', (d) => expect(acao(d)).toBe(app), actual(app)],
    ['any-origin', (d) => expect(acao(d)).toBe('*'), actual(other)],
    [
      'any-origin-credentials',
      (d) => expect(d.headers.slice(0, 2).map(([, v]) => v)).toEqual(['*', 'true']),
      actual(app),
    ],
    ['reflect-credentials', (d) => expect(acao(d)).toBe(other), actual(other)],
    ['null-allowed', (d) => expect(acao(d)).toBe('null'), actual('null')],
    [
      'unanchored-regex',
      (d) => expect(acao(d)).toBe('http://localhost:5173.evil.io'),
      actual('http://localhost:5173.evil.io'),
    ],
    [
      'unanchored-regex',
      (d) => expect(acao(d)).toBe('http://localhost:51730'),
      actual('http://localhost:51730'),
    ],
    [
      'start-anchored-regex',
      (d) => expect(d.originAllowed).toBe(true),
      actual('http://localhost:5173.evil.io'),
    ],
    ['start-anchored-regex', (d) => expect(d.originAllowed).toBe(false), actual(`x${app}`)],
    ['case-insensitive-regex', (d) => expect(d.originAllowed).toBe(true), actual('HTTP://LOCALHOST:5173')],
    [
      'wildcard-subdomain',
      (d) => expect(acao(d)).toBe('http://evil.localhost:5174'),
      actual('http://evil.localhost:5174'),
    ],
    ['no-vary', (d) => expect(d.headers).toEqual([['Access-Control-Allow-Origin', other]]), actual(other)],
    ['preflight-continue-404', (d) => expect(d.continueToRoute).toBe(true), preflight(app)],
    ['preflight-404', (d) => expect(d.status).toBe(404), preflight(app)],
    ['preflight-200', (d) => expect(d.status).toBe(200), preflight(app)],
    [
      'long-max-age',
      (d) => expect(d.headers).toContainEqual(['Access-Control-Max-Age', '86400']),
      preflight(app),
    ],
    ['per-path-api-only', (d) => expect(acao(d)).toBe(app), actual(app, `${api}/api/users`)],
    ['per-path-api-only', (d) => expect(d.headers).toEqual([]), actual(app, `${api}/admin`)],
    ['errors-without-cors', (d) => expect(corsHeadersFinal(d, 500)).toEqual([]), actual(app)],
    ['reject-disallowed', (d) => expect(d.status).toBe(403), actual(other)],
  ])('%s behaves as its sentence says', (id, check, request) => {
    check(corsRespond(presetPolicy(id), request));
  });
});

describe('policyPresetsFor', () => {
  const origins = { app: 'http://localhost:25173', other: 'http://localhost:25174' };

  it('writes every preset for the real origins: no default port is left, every policy stays valid', () => {
    for (const preset of policyPresetsFor(origins)) {
      const text = JSON.stringify(preset);
      expect(text, preset.id).not.toMatch(/localhost:517[34]/);
      expect(policyParse(preset.policy).ok, preset.id).toBe(true);
    }
  });

  it("names look-alike origins the sloppy patterns really match on this playground's ports", () => {
    const presets = policyPresetsFor(origins);
    const unanchored = presets.find((p) => p.id === 'unanchored-regex');
    const startAnchored = presets.find((p) => p.id === 'start-anchored-regex');
    expect(unanchored?.sentence).toContain('http://localhost:251730');
    expect(startAnchored?.sentence).toContain('http://localhost:251739');
    const regex = (p: typeof unanchored) => {
      const entry = p?.policy.origin.mode === 'list' ? p.policy.origin.allow[0] : undefined;
      return typeof entry === 'object' ? new RegExp(entry.regex) : null;
    };
    expect(regex(unanchored)?.test('http://localhost:251730')).toBe(true);
    expect(regex(startAnchored)?.test('http://localhost:251739')).toBe(true);
  });

  it("does not claim '*' with credentials breaks requests without cookies", () => {
    const preset = policyPresetsFor(origins).find((p) => p.id === 'any-origin-credentials');
    expect(preset?.sentence).toMatch(/without cookies .* still work/);
  });
});
