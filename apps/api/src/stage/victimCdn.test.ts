import { describe, expect, it } from 'vitest';
import { challengeVictimCdn } from '@cors-playground/engine';
import type { ChallengeStatus, PlaygroundConfig } from '@cors-playground/protocol';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';
import { stageAsk, stageStart } from './stageAsk.testkit.ts';

const controlUrl = (config: PlaygroundConfig, path: string) =>
  `${config.appOrigin}/control/sandboxes/s1${path}`;

async function control(config: PlaygroundConfig, method: string, path: string, body?: unknown) {
  const response = await fetch(controlUrl(config, path), {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as ChallengeStatus };
}

describe('the bank’s CDN in front of the victim’s API', () => {
  it('serves one origin’s answer to another without Vary, keeps it through a 304, and a purge clears it', async () => {
    const { config, store } = await playgroundTesting();
    const { victimApp } = config.stage;
    const evilOrigin = config.stage.attackers.crossSite;
    if (!evilOrigin) throw new Error('the stage has no cross-site seat');
    const cdn = challengeVictimCdn(config.stage);
    const at = await stageStart(config, 's1', 'vary-cache');
    const rates = (origin: string) => stageAsk(cdn, `${at}/rates`, { headers: { origin } });

    // The attacker's visit is stored under the URL alone: no Access-Control-Allow-Origin in it.
    const evil = await rates(evilOrigin);
    expect([evil.status, evil.headers['x-cache'], evil.headers['access-control-allow-origin']]).toEqual([
      200,
      'MISS',
      undefined,
    ]);
    expect(evil.headers['cache-control']).toBe('no-store');
    const app = await rates(victimApp);
    expect([app.headers['x-cache'], app.headers['access-control-allow-origin']]).toEqual(['HIT', undefined]);

    const collect = () =>
      stageAsk(evilOrigin, `${at}/collect`, { method: 'POST', headers: { origin: evilOrigin }, body: 'x' });
    await collect();
    let status = (await control(config, 'GET', '/challenge')).json;
    expect(status.attempt.state).toBe('exploited');
    expect(status.attempt.evidence).toMatchObject({ origin: evilOrigin, requestLine: 'GET /rates' });
    expect(status.appWorks).toBe(false);
    expect(status.appProblem).toMatch(
      /CDN serves the rates with Access-Control-Allow-Origin: none, stored for http:\/\/evil\./,
    );
    expect(status.cdn).toEqual([
      { path: '/rates', storedFor: evilOrigin, allowOrigin: null, vary: [], fresh: true },
    ]);

    // The fix reaches the API, not the entry stored before it; a 304 revalidation keeps its headers.
    const fixed = { origin: { mode: 'list', allow: [victimApp] }, credentials: true };
    expect((await control(config, 'PUT', '/policy', fixed)).status).toBe(200);
    // The policy is fixed (the replayed visit now varies by Origin); the stored entry still shuts the app out.
    status = (await control(config, 'GET', '/challenge')).json;
    expect([status.attempt.state, status.appWorks]).toEqual(['fixed', false]);
    expect((await rates(victimApp)).headers['x-cache']).toBe('HIT');
    await control(config, 'PUT', '/challenge/cdn', { action: 'expire' });
    const revalidated = await rates(victimApp);
    expect([revalidated.headers['x-cache'], revalidated.headers['access-control-allow-origin']]).toEqual([
      'REVALIDATED',
      undefined,
    ]);
    const events = store.sandboxForPath('/s/s1/').sandbox?.eventsSince(0) ?? [];
    expect((JSON.parse(events.at(-1)?.data ?? '{}') as { status?: number }).status).toBe(304);
    expect((await control(config, 'GET', '/challenge')).json.appWorks).toBe(false);

    // A purge: the attacker's visit now stores its own variant, and the app gets its own answer.
    await control(config, 'PUT', '/challenge/cdn', { action: 'purge' });
    expect((await rates(evilOrigin)).headers['vary']).toMatch(/Origin/);
    await collect();
    status = (await control(config, 'GET', '/challenge')).json;
    expect([status.attempt.state, status.appWorks]).toEqual(['fixed', true]);
    const again = await rates(victimApp);
    expect([again.headers['x-cache'], again.headers['access-control-allow-origin']]).toEqual([
      'MISS',
      victimApp,
    ]);
  });

  it('refuses an unknown CDN action with the field’s path', async () => {
    const { config } = await playgroundTesting();
    await control(config, 'PUT', '/challenge', { challengeId: 'vary-cache' });
    const refused = await fetch(controlUrl(config, '/challenge/cdn'), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'flush' }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ path: 'action' }] });
  });
});
