import { get, type IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

// The stage's host names (`*.victim.localhost`) may be unknown to the test machine's resolver: every
// name goes to loopback, as the browsers resolve them.
const loopback: LookupFunction = (_host, options, callback) => {
  if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
  else callback(null, '127.0.0.1', 4);
};

function checkGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers, lookup: loopback }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    }).on('error', reject);
  });
}

describe('the setup self-check', () => {
  it('answers a ping on every origin with the playground it belongs to, readable by any page', async () => {
    const { config } = await playgroundTesting();
    const origins = [config.apiOrigin, config.otherOrigin, config.stage.victimApi, config.stage.victimApp];
    for (const origin of [...origins, ...Object.values(config.stage.attackers)]) {
      const answer = await checkGet(`${origin}/self-check/ping?nonce=n1`);
      expect(answer.status, origin).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ nonce: 'n1', app: config.appOrigin });
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });

  it('never logs a ping in a sandbox: the lab API answers it before any policy', async () => {
    const { config, store } = await playgroundTesting();
    await checkGet(`${config.apiOrigin}/self-check/ping?nonce=n1`);
    expect(store.sandboxDefault.eventsSince(0)).toHaveLength(0);
  });

  it('refuses a bad nonce with a 400 that names the field, and methods other than GET', async () => {
    const { config } = await playgroundTesting();
    const bad = await checkGet(`${config.stage.victimApi}/self-check/cookie-set?nonce=%3Cscript%3E`);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ errors: [{ path: 'nonce', message: expect.any(String) }] });
    expect(bad.headers['set-cookie']).toBeUndefined();
    const post = await fetch(`${config.apiOrigin}/self-check/ping?nonce=n1`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('sets a SameSite=Lax check cookie on the victim API only, and says whether it came back', async () => {
    const { config } = await playgroundTesting();
    const { victimApi, attackers } = config.stage;
    const set = await checkGet(`${victimApi}/self-check/cookie-set?nonce=abc`);
    expect(set.status).toBe(200);
    expect(set.headers['set-cookie']).toEqual([
      'cp_self_check=abc; Max-Age=300; Path=/self-check; HttpOnly; SameSite=Lax',
    ]);
    expect(set.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await checkGet(`${attackers.sibling}/self-check/cookie-set?nonce=abc`)).status).toBe(404);

    const sibling = attackers.sibling ?? '';
    const withCookie = await checkGet(`${victimApi}/self-check/cookie?nonce=abc`, {
      cookie: 'cp_self_check=abc',
      origin: sibling,
    });
    expect(JSON.parse(withCookie.body)).toEqual({ received: true });
    expect(withCookie.headers['access-control-allow-origin']).toBe(sibling);
    expect(withCookie.headers['access-control-allow-credentials']).toBe('true');
    expect(withCookie.headers['cache-control']).toBe('no-store');

    // Another check's cookie is not this one's; a page off the stage may not read the answer.
    const other = await checkGet(`${victimApi}/self-check/cookie?nonce=abc`, {
      cookie: 'cp_self_check=xyz',
      origin: 'http://example.com',
    });
    expect(JSON.parse(other.body)).toEqual({ received: false });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("serves a probe page on the stage's hosts that reports to the app origin only", async () => {
    const { config } = await playgroundTesting();
    const probe = await checkGet(`${config.stage.attackers.crossSite}/self-check/probe?nonce=abc`);
    expect(probe.status).toBe(200);
    expect(probe.body).toContain(`"appOrigin":"${config.appOrigin}"`);
    expect(probe.body).toContain(`"cookieUrl":"${config.stage.victimApi}/self-check/cookie?nonce=abc"`);
    expect(probe.headers['content-security-policy']).toContain(`connect-src ${config.stage.victimApi}`);
    // Not on the lab API or the other site: they have no victim to ask.
    expect((await checkGet(`${config.otherOrigin}/self-check/probe?nonce=abc`)).status).toBe(404);
  });
});
