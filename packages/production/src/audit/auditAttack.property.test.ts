import fc from 'fast-check';
import {
  headerListGet,
  labRoute,
  policyParse,
  serverRespond,
  type Policy,
  type ServerRequest,
} from '@cors-playground/engine';
import { describe, expect, it } from 'vitest';
import { policyArbitrary } from '../../../engine/src/policy/policyArbitrary.testkit.ts';
import { auditAttacks, type AttackClass, type AuditAttack } from './auditAttack.ts';

/** Lab URLs that reach the top-level rule and each path rule the arbitrary writes (`^/api/`, `/public`, `x`…). */
const urls = ['/echo', '/', '/api/echo', '/public', '/x', '/status/200'];

/** Sends the attack's origin to the lab API on every URL that reaches its rule; returns how many did. */
function attackChecked(policy: Policy, attack: AuditAttack): number {
  let checked = 0;
  for (const url of urls) {
    const request: ServerRequest = { method: 'GET', url, headers: [['Origin', attack.origin]], body: null };
    // The lab API's own path: the engine's policy server in front of the lab routes.
    const { decision, response } = serverRespond(policy, labRoute, request);
    if (decision.pathRule !== attack.pathRule) continue;
    // A rule that drops CORS headers on errors grants nothing on an error status.
    if (response.status >= 400 && decision.dropOnError) continue;
    expect(headerListGet(response.headers, 'access-control-allow-origin'), attack.origin).toBe(attack.origin);
    const credentials = headerListGet(response.headers, 'access-control-allow-credentials');
    expect(credentials === 'true', `${attack.origin} ${attack.granted}`).toBe(
      attack.granted === 'with-credentials',
    );
    checked++;
  }
  return checked;
}

/** The careless patterns the scanners catch, written for a random domain, and the class each must yield. */
const mistakes: Array<[template: (d: string) => string, cls: AttackClass]> = [
  [(d) => `^https://.*${d}$`, 'suffix'],
  [(d) => `https://www\\.${d}`, 'prefix'],
  [(d) => `^https://www.${d.replace(/\\\./g, '.')}$`, 'unescaped-dot'],
  [(d) => `^https://www\\.${d}([^a-z0-9.-].*)?$`, 'special-character'],
  [(d) => `^https?://(www|app)\\.${d}$`, 'http-downgrade'],
  [(d) => `^https://[a-z0-9.-]+\\.${d}$`, 'any-subdomain'],
];

const domain = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{1,8}$/), fc.constantFrom('com', 'example', 'co.uk', 'bank'))
  .map(([name, tld]) => `${name}.${tld}`.replace(/\./g, '\\.'));

describe('auditAttacks (property)', () => {
  it('finds the class of each scanner mistake whatever the domain, and the lab API grants its origin', () => {
    fc.assert(
      fc.property(domain, fc.constantFrom(...mistakes), fc.boolean(), (d, [template, cls], credentials) => {
        const parsed = policyParse({
          origin: { mode: 'list', allow: [{ regex: template(d) }] },
          credentials,
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        const attacks = auditAttacks(parsed.policy);
        expect(attacks.map((a) => a.class)).toContain(cls);
        for (const attack of attacks) expect(attackChecked(parsed.policy, attack)).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('every origin the audit says is granted gets itself back from the lab API, with credentials as said', () => {
    let checked = 0;
    fc.assert(
      fc.property(policyArbitrary, (input) => {
        const parsed = policyParse(input);
        if (!parsed.ok) return;
        for (const attack of auditAttacks(parsed.policy)) checked += attackChecked(parsed.policy, attack);
      }),
      { numRuns: 400 },
    );
    // The run must have checked grants, not only policies that grant nothing.
    expect(checked).toBeGreaterThan(50);
  });
});
