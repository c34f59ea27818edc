import { describe, expect, it } from 'vitest';
import type { PolicyInput } from '@cors-playground/engine';
import { exposurePolicy } from './exposurePolicy.testkit.ts';
import { auditAttacks } from '../audit/auditAttack.ts';
import { exposureMap, type ExposureMap } from './exposureMap.ts';
import { exposureOriginsGuess } from './exposureOrigins.ts';
import type { ExposureRequestKind } from './exposureRequest.ts';

const origins = {
  appOrigin: 'http://localhost:5173',
  apiOrigin: 'http://localhost:4000',
  siblingOrigin: 'http://localhost:5174',
  crossSiteOrigin: 'http://evil.localhost:5174',
};

function cell(map: ExposureMap, origin: string, kind: ExposureRequestKind) {
  const found = map.rows.find((row) => row.seat.origin === origin)?.cells.find((c) => c.request === kind);
  if (!found) throw new Error(`no cell ${origin} ${kind}`);
  return found;
}

describe('exposureMap', () => {
  it('an app-only list: the app reads with its cookie, another site sends but reads nothing, a JSON write is blocked', () => {
    const map = exposureMap(
      exposurePolicy({ origin: { mode: 'list', allow: [origins.appOrigin] }, credentials: true }),
      origins,
    );
    const app = cell(map, origins.appOrigin, 'credentialed-get');
    expect(app.access).toBe('reads');
    expect(app.verdicts.map((v) => [v.browser, v.cookie, v.status])).toEqual([
      ['chromium', true, 200],
      ['firefox', true, 200],
      ['webkit', true, 200],
    ]);
    expect(cell(map, origins.crossSiteOrigin, 'credentialed-get').access).toBe('sends');
    expect(cell(map, origins.crossSiteOrigin, 'json-write').access).toBe('blocked');
    expect(cell(map, origins.crossSiteOrigin, 'json-write').verdicts[0]?.why).toMatch(/^Blocked before/);
    expect(cell(map, 'null', 'credentialed-get').access).toBe('sends');
  });

  it('reflecting every origin with credentials: a cross-site page reads, but no cookie reaches the API from there', () => {
    const map = exposureMap(exposurePolicy({ origin: { mode: 'reflect' }, credentials: true }), origins);
    const cross = cell(map, origins.crossSiteOrigin, 'credentialed-get');
    expect(cross.access).toBe('reads');
    expect(cross.verdicts.every((v) => !v.cookie && v.status === 401)).toBe(true);
    expect(cross.verdicts[0]?.why).toContain("without the user's cookie");
    // The same-site sibling gets the cookie: the real leak.
    const sibling = cell(map, origins.siblingOrigin, 'credentialed-get');
    expect(sibling.verdicts.every((v) => v.cookie && v.status === 200)).toBe(true);
    expect(cell(map, 'https://attacker.github.io', 'json-write').access).toBe('reads');
  });

  it('a granted look-alike from the audit becomes a readable row, modelled in the browsers that send it', () => {
    const policy = exposurePolicy({
      origin: { mode: 'list', allow: [{ regex: '^http://.*victim\\.localhost:5174$', anchor: 'none' }] },
      credentials: true,
    });
    const map = exposureMap(policy, {
      ...origins,
      attacks: [
        ...auditAttacks(policy),
        {
          origin: 'http://victim.localhost`.evil.com:5174',
          class: 'special-character',
          who: 'anyone',
          browsers: ['webkit'],
        },
      ],
    });
    const row = map.rows.find((r) => r.seat.origin === 'http://evilvictim.localhost:5174');
    expect(row?.seat.kind).toBe('lookalike');
    expect(row?.cells.map((c) => c.access)).toEqual(['reads', 'reads', 'reads', 'sends']);
    const safariOnly = map.rows.find((r) => r.seat.origin === 'http://victim.localhost`.evil.com:5174');
    // Only WebKit sends it, and WebKit is modelled: its row is WebKit's alone.
    expect(safariOnly?.seat.note).toBeUndefined();
    expect(safariOnly?.seat.browsers).toEqual(['webkit']);
    expect(safariOnly?.cells[0]?.verdicts.map((v) => v.browser)).toEqual(['webkit']);
    expect(cell(map, origins.crossSiteOrigin, 'credentialed-get').access).toBe('sends');
  });

  it('an exposed header is readable only once the policy exposes it', () => {
    const base: PolicyInput = { origin: { mode: 'list', allow: [origins.appOrigin] }, credentials: true };
    expect(cell(exposureMap(exposurePolicy(base), origins), origins.appOrigin, 'exposed-header').access).toBe(
      'sends',
    );
    const exposed = exposureMap(exposurePolicy({ ...base, exposeHeaders: ['X-Request-Id'] }), origins);
    expect(cell(exposed, origins.appOrigin, 'exposed-header').access).toBe('reads');
  });

  it('a public API (*, no credentials): everyone reads without cookies', () => {
    const map = exposureMap(exposurePolicy({ origin: { mode: 'any' } }), origins);
    const cross = cell(map, origins.crossSiteOrigin, 'custom-header');
    expect(cross.access).toBe('reads');
    expect(cross.verdicts.every((v) => v.credentials === 'omit')).toBe(true);
    expect(cell(map, origins.crossSiteOrigin, 'credentialed-get').access).toBe('sends');
  });

  it('an https app gets an http downgrade row, and default sibling and cross-site seats', () => {
    const map = exposureMap(
      exposurePolicy({
        origin: { mode: 'list', allow: ['https://app.bank.example', 'http://app.bank.example'] },
        credentials: true,
      }),
      {
        appOrigin: 'https://app.bank.example',
        apiOrigin: 'https://api.bank.example',
      },
    );
    expect(map.rows.map((r) => [r.seat.kind, r.seat.origin])).toEqual([
      ['app', 'https://app.bank.example'],
      ['sibling', 'https://blog.bank.example'],
      ['cross-site', 'https://evil.example'],
      ['null', 'null'],
      ['downgrade', 'http://app.bank.example'],
      ['third-party', 'https://attacker.github.io'],
      ['third-party', 'https://fiddle.jshell.net'],
    ]);
    expect(cell(map, 'http://app.bank.example', 'credentialed-get').access).toBe('reads');
  });
});

describe('exposureOriginsGuess', () => {
  it("takes the policy's own domain: the first origin the audit finds it written for, else example.com", () => {
    const guess = (input: PolicyInput) => exposureOriginsGuess(exposurePolicy(input));
    expect(
      guess({ origin: { mode: 'list', allow: ['null', 'https://www.bank.example', 'https://*.x.example'] } }),
    ).toEqual({
      appOrigin: 'https://www.bank.example',
      apiOrigin: 'https://api.bank.example',
    });
    expect(
      guess({ origin: { mode: 'list', allow: [{ regex: '^https://www\\.bank\\.example([^\\w.-].*)?$' }] } }),
    ).toEqual({
      appOrigin: 'https://www.bank.example',
      apiOrigin: 'https://api.bank.example',
    });
    // A code playground or a name on shared hosting is a third party the policy trusts, not its app.
    expect(
      guess({
        origin: {
          mode: 'list',
          allow: ['https://jsfiddle.net', 'https://me.github.io', 'https://app.bank.example'],
        },
      }),
    ).toEqual({ appOrigin: 'https://app.bank.example', apiOrigin: 'https://api.bank.example' });
    expect(guess({ origin: { mode: 'reflect' } })).toEqual({
      appOrigin: 'https://app.example.com',
      apiOrigin: 'https://api.example.com',
    });
  });
});
