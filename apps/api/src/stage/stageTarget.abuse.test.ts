import { describe, expect, it } from 'vitest';
import { challengeVictimCdn } from '@cors-playground/engine';
import type { ChallengeStatus } from '@cors-playground/protocol';
import type { Playground } from '../start/playgroundStart.ts';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';
import { WorkshopClient, workshopTesting } from '../workshop/workshopTesting.testkit.ts';
import { stageAsk, stageStart, type Answer } from './stageAsk.testkit.ts';

async function participantJoin(playground: Playground, name: string) {
  const client = new WorkshopClient(playground);
  const sandbox = await client.join(name);
  const { cookie } = client;
  client.close();
  const status = async () => {
    const url = `${playground.config.appOrigin}/control/sandboxes/${sandbox}/challenge`;
    return (await (await fetch(url, { headers: { cookie } })).json()) as ChallengeStatus;
  };
  return { cookie, sandbox, status };
}

/** The session cookie a victim login under `at` sets (as `name=value`). */
function sessionOf(login: Answer): string {
  return String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
}

/**
 * Everything a stranger could try on the stage under the prefix `at`, from another machine: read the
 * attack page and the victim's app, report to the collect log, log in (cookie and bearer), mint the
 * victim's token and move money with a real session cookie, go through the CDN and the redirect seat.
 * Resolves with each attempt's status.
 */
async function strangerTries(playground: Playground, at: string, session: string) {
  const { victimApi, victimApp, attackers } = playground.config.stage;
  const blog = attackers.sibling ?? '';
  const from = { localAddress: '127.0.0.2' };
  const post = (body: string, headers: Record<string, string> = {}) => ({
    ...from,
    method: 'POST',
    headers: { origin: blog, ...headers },
    body,
  });
  const tries: Record<string, Answer> = {
    attack: await stageAsk(blog, `${at}/attack`, from),
    victimApp: await stageAsk(victimApp, `${at}/`, from),
    collect: await stageAsk(blog, `${at}/collect`, post('sk_live_guess')),
    loginCookie: await stageAsk(victimApi, `${at}/login?session=cookie-lax`, from),
    loginBearer: await stageAsk(victimApi, `${at}/login?session=bearer`, from),
    account: await stageAsk(victimApi, `${at}/account`, { ...from, headers: { cookie: session } }),
    token: await stageAsk(victimApi, `${at}/token`, post('', { cookie: session })),
    transfer: await stageAsk(
      victimApi,
      `${at}/transfer`,
      post('to=mallory&amount=500', {
        cookie: session,
        'content-type': 'application/x-www-form-urlencoded',
      }),
    ),
    cdn: await stageAsk(challengeVictimCdn(playground.config.stage), `${at}/rates`, from),
    bounce: await stageAsk(attackers.lookalikeSuffix ?? '', `${at}/bounce/internal`, from),
  };
  for (const answer of Object.values(tries)) expect(answer.headers['set-cookie']).toBeUndefined();
  return Object.fromEntries(Object.entries(tries).map(([name, answer]) => [name, answer.status]));
}

describe('abuse: the challenge stage answers to the current stage token only', () => {
  it('gives a holder of the sandbox id, or of a rotated token, nothing; the current token works', async () => {
    const playground = await workshopTesting();
    const ada = await participantJoin(playground, 'Ada');
    const bob = await participantJoin(playground, 'Bob');
    const { victimApi, attackers } = playground.config.stage;
    const blog = attackers.sibling ?? '';

    const first = await stageStart(playground.config, ada.sandbox, 'not-csrf', { cookie: ada.cookie });
    const current = await stageStart(playground.config, ada.sandbox, 'not-csrf', { cookie: ada.cookie });
    expect(current).not.toBe(first);
    expect(current).toMatch(/^\/s\/[A-Za-z0-9_-]{32}$/);
    expect(current).not.toContain(ada.sandbox);
    // Ada, as the victim, logs in with the current token: a stranger who obtained her real session
    // cookie still cannot use it through another prefix.
    const login = await stageAsk(victimApi, `${current}/login?session=cookie-lax`);
    expect(login.status).toBe(303);
    const session = sessionOf(login);

    // The token comes from the control plane, which refuses everyone but Ada (and the instructor).
    const peek = await fetch(`${playground.config.appOrigin}/control/sandboxes/${ada.sandbox}/challenge`, {
      headers: { cookie: bob.cookie },
    });
    expect(peek.status).toBe(403);

    const nothing = {
      attack: 404,
      victimApp: 404,
      collect: 404,
      loginCookie: 404,
      loginBearer: 404,
      account: 404,
      token: 404,
      transfer: 404,
      cdn: 404,
      bounce: 404,
    };
    expect(await strangerTries(playground, `/s/${ada.sandbox}`, session)).toEqual(nothing);
    expect(await strangerTries(playground, first, session)).toEqual(nothing);
    // Nothing reached Ada's run or her progress in the room.
    expect(await ada.status()).toMatchObject({
      attempt: { state: 'started' },
      collect: [],
      balance: 1000,
      transfers: [],
      stageToken: current.slice('/s/'.length),
    });
    expect(playground.workshop?.participantById(ada.sandbox)?.progress).toMatchObject({
      'not-csrf': { state: 'started' },
    });

    // The current token addresses Ada's run: the attack page, the transfer, the verdict.
    expect((await stageAsk(blog, `${current}/attack`)).status).toBe(200);
    const moved = await stageAsk(victimApi, `${current}/transfer`, {
      method: 'POST',
      headers: { cookie: session, origin: blog, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'to=mallory&amount=500',
    });
    expect(moved.status).toBe(200);
    expect(await ada.status()).toMatchObject({ attempt: { state: 'exploited' }, balance: 500 });
    expect(Object.keys(playground.workshop?.participantById(ada.sandbox)?.progress ?? {})).toEqual([
      'not-csrf',
    ]);
  });

  it('does not let the sandbox id address the stage outside a workshop either', async () => {
    const playground = await playgroundTesting();
    const at = await stageStart(playground.config, 's1', 'reflect-sibling');
    const { attackers } = playground.config.stage;
    expect((await stageAsk(attackers.sibling ?? '', '/s/s1/attack')).status).toBe(404);
    expect((await stageAsk(attackers.sibling ?? '', `${at}/attack`)).status).toBe(200);
  });
});
