import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FetchRequest, Trace } from '../browser/fetchTypes.ts';
import type { HeaderList } from '../http/httpTypes.ts';
import { simulateFetchSync } from '../browser/simulateFetch.ts';
import { policyArbitrary } from '../policy/policyArbitrary.testkit.ts';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy } from '../policy/policySchema.ts';
import { serverFromPolicy } from '../server/serverFromPolicy.ts';
import { fixSuggest } from './fixSuggest.ts';

const route = () => ({ status: 200, headers: [['X-Total', '3']] as HeaderList, body: '' });

const request: fc.Arbitrary<FetchRequest> = fc.record({
  pageOrigin: fc.constantFrom('http://localhost:5173', 'http://localhost:5174', 'null'),
  url: fc.constantFrom(
    'http://localhost:4000/x',
    'http://localhost:4000/api/x',
    'http://localhost:4000/public/',
  ),
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  headers: fc.subarray<[string, string]>([
    ['X-Custom', '1'],
    ['Content-Type', 'application/json'],
    ['Authorization', 'Bearer t'],
  ]),
  credentials: fc.constantFrom('omit', 'same-origin', 'include'),
});

describe('fixSuggest properties', () => {
  it('every suggested fix is a valid policy that makes the request pass, safe ones first', () => {
    fc.assert(
      fc.property(policyArbitrary, request, (input, req) => {
        const parsed = policyParse(input);
        if (!parsed.ok) throw new Error('arbitrary produced an invalid policy');
        const simulate = (p: Policy): Trace =>
          simulateFetchSync(req, serverFromPolicy(p, route), { browser: 'chromium' });
        const fixes = fixSuggest({
          policy: parsed.policy,
          request: req,
          trace: simulate(parsed.policy),
          simulate,
        });
        for (const fix of fixes) {
          expect(policyParse(fix.policy).ok).toBe(true);
          expect(simulate(fix.policy).ok).toBe(true);
          expect(fix.why.length).toBeGreaterThan(0);
        }
        const firstUnsafe = fixes.findIndex((f) => !f.safe);
        if (firstUnsafe >= 0) expect(fixes.slice(firstUnsafe).every((f) => !f.safe)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
