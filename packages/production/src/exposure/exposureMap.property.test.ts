import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerListGet, labRoute, serverRespond } from '@cors-playground/engine';
// The engine's own policy generator: test support, never exported from the engine's index.
import { policyArbitrary } from '../../../engine/src/policy/policyArbitrary.testkit.ts';
import { exposurePolicy } from './exposurePolicy.testkit.ts';
import { auditAttacks } from '../audit/auditAttack.ts';
import { exposureMap } from './exposureMap.ts';
import { exposureSessionJar } from './exposureVerdict.ts';

describe('exposureMap properties', () => {
  it('every cell the map marks readable is granted by the engine: the API answers that origin with its grant', () => {
    let readsChecked = 0;
    fc.assert(
      fc.property(policyArbitrary.map(exposurePolicy), (policy) => {
        const map = exposureMap(policy, {
          appOrigin: 'http://localhost:5173',
          apiOrigin: 'http://localhost:4000',
          siblingOrigin: 'http://localhost:5174',
          crossSiteOrigin: 'http://evil.localhost:5174',
          attacks: auditAttacks(policy),
        });
        for (const row of map.rows) {
          for (const cell of row.cells) {
            const request = map.requests.find((r) => r.kind === cell.request);
            if (!request) throw new Error(cell.request);
            for (const verdict of cell.verdicts.filter((v) => v.access === 'reads')) {
              // The request as the browser sends it, asked of the engine's server directly.
              readsChecked += 1;
              // With the cookie the map says travelled: without it /private answers 401, which may drop the grant.
              const cookie = verdict.cookie
                ? exposureSessionJar(policy, map.apiOrigin, verdict.browser).map(
                    (c) => `${c.entry.name}=${c.value}`,
                  )
                : [];
              const { response } = serverRespond(policy, labRoute, {
                method: request.method,
                url: `${map.apiOrigin}${request.path}`,
                headers: [
                  ...request.headers,
                  ['origin', row.seat.origin],
                  ...cookie.map((value): [string, string] => ['cookie', value]),
                ],
                body: request.body,
              });
              const allowOrigin = headerListGet(response.headers, 'access-control-allow-origin');
              if (verdict.credentials === 'include') {
                expect(allowOrigin).toBe(row.seat.origin);
                expect(headerListGet(response.headers, 'access-control-allow-credentials')).toBe('true');
              } else {
                expect([row.seat.origin, '*']).toContain(allowOrigin);
              }
            }
          }
        }
      }),
      { numRuns: 60 },
    );
    // Random policies grant often enough (reflect, *, regexes) that the property is never vacuous.
    expect(readsChecked).toBeGreaterThan(0);
  });
});
