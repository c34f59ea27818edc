import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policyArbitrary, corsRequestArbitrary } from '../policy/policyArbitrary.testkit.ts';
import { policyParse } from '../policy/policyParse.ts';
import type { Policy, PolicyInput } from '../policy/policySchema.ts';
import { corsHeadersFinal } from './corsHeadersFinal.ts';
import { corsRespond } from './corsRespond.ts';
import { headerListGet, headerListIsValue } from '../http/headerList.ts';
import { httpTokenIs } from '../http/httpToken.ts';
import { serverFromPolicy } from './serverFromPolicy.ts';

function parsed(input: PolicyInput): Policy {
  const result = policyParse(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

const policy = policyArbitrary.map(parsed);

describe('corsRespond properties', () => {
  it('never throws and only emits valid headers, for any valid policy and any request', () => {
    fc.assert(
      fc.property(policy, corsRequestArbitrary, fc.integer({ min: 100, max: 599 }), (p, request, status) => {
        const decision = corsRespond(p, request);
        for (const headers of [decision.headers, corsHeadersFinal(decision, status)]) {
          for (const [name, value] of headers) {
            expect(httpTokenIs(name)).toBe(true);
            expect(headerListIsValue(value)).toBe(true);
            expect(value).not.toMatch(/[\r\n\0]/);
          }
        }
        if (decision.status !== null) expect(decision.status).toBeGreaterThanOrEqual(100);
        expect(decision.continueToRoute || decision.status !== null).toBe(true);
        expect(decision.notes.every((note) => typeof note === 'string' && note.length > 0)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never sends Access-Control-Allow-Origin to an origin the policy does not allow', () => {
    fc.assert(
      fc.property(policy, corsRequestArbitrary, (p, request) => {
        const decision = corsRespond(p, request);
        const acao = headerListGet(decision.headers, 'Access-Control-Allow-Origin');
        if (decision.originAllowed === false) expect(acao).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('serverFromPolicy never throws and returns a status for every request', () => {
    fc.assert(
      fc.property(policy, corsRequestArbitrary, fc.integer({ min: 100, max: 599 }), (p, request, status) => {
        const response = serverFromPolicy(p, () => ({ status, headers: [] }))({ ...request, body: null });
        expect(Number.isInteger(response.status)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers a hostile 50k-character Origin against pathological patterns correctly', () => {
    const p = parsed({
      origin: {
        mode: 'list',
        allow: [
          { regex: '(a+)+$', anchor: 'both' },
          { regex: '^(a|aa)+$', anchor: 'none', ignoreCase: true },
          { regex: '(x+x+)+y', anchor: 'start' },
        ],
      },
      paths: [{ path: '(a+)+b' }],
    });
    const hostile = 'a'.repeat(50_000) + '!';
    const decision = corsRespond(p, { method: 'GET', url: `/${hostile}`, headers: [['Origin', hostile]] });
    expect(decision.originAllowed).toBe(false);
    const xs = 'x'.repeat(50_000);
    expect(corsRespond(p, { method: 'GET', url: '/', headers: [['Origin', xs]] }).originAllowed).toBe(false);
  });
});
