import http from 'node:http';
import { policyParse, type PolicyInput } from '@cors-playground/engine';
import { auditAttacks } from '@cors-playground/production';
import { describe, expect, it } from 'vitest';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

/** GET with a given `Origin` (a header fetch may refuse to set), resolving with the response headers. */
function getWithOrigin(url: string, origin: string): Promise<http.IncomingHttpHeaders> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { origin } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.headers));
    });
    request.on('error', reject);
  });
}

/** The careless policy of every scanner class at once, credentials on. */
const careless: PolicyInput = {
  origin: {
    mode: 'list',
    allow: [
      { regex: '^https://.*bank\\.example$', ignoreCase: true },
      { regex: '^https://www\\.bank\\.example([^a-z0-9.-].*)?$' },
      { regex: '^https?://(www|app)\\.bank\\.example$' },
      'https://*.github.io',
      'https://jsfiddle.net',
      'null',
    ],
  },
  credentials: true,
};

describe('audit attacks against the real lab API (HTTP on loopback)', () => {
  it('every origin the audit says is granted gets itself back, with credentials', async () => {
    const parsed = policyParse(careless);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const attacks = auditAttacks(parsed.policy);
    expect(new Set(attacks.map((a) => a.class)).size).toBeGreaterThanOrEqual(7);
    const { config } = await playgroundTesting();
    const put = await fetch(`${config.appOrigin}/control/policy`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(careless),
    });
    expect(put.status).toBe(200);
    for (const attack of attacks) {
      const headers = await getWithOrigin(`${config.apiOrigin}/echo`, attack.origin);
      expect(headers['access-control-allow-origin'], attack.origin).toBe(attack.origin);
      expect(headers['access-control-allow-credentials'], attack.origin).toBe('true');
    }
    // And an origin the audit does not derive stays refused: the API is not reflecting everything.
    const refused = await getWithOrigin(`${config.apiOrigin}/echo`, 'https://bank.example.org');
    expect(refused['access-control-allow-origin']).toBeUndefined();
  });
});
