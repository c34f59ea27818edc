import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Playground } from '../start/playgroundStart.ts';
import {
  playgroundTesting,
  playgroundTestingRaw,
  playgroundTestingStopAll,
} from '../start/playgroundTesting.testkit.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workshop-'));
});
afterEach(async () => {
  // The room saves on close: stop the playgrounds before their directory goes.
  await playgroundTestingStopAll();
  await rm(dir, { recursive: true, force: true });
});

const workshop = (...flags: string[]) =>
  playgroundTesting({}, ['--workshop', '--workshop-file', join(dir, 'room.json'), ...flags]);

/** A client as curl is one: no `Origin`, the cookie it was given (if any). */
function client(playground: Playground, cookie?: string) {
  const base = `${playground.config.appOrigin}/control`;
  const headers = (extra: Record<string, string> = {}) => ({ ...(cookie ? { cookie } : {}), ...extra });
  return {
    get: (path: string, extra?: Record<string, string>) =>
      fetch(`${base}${path}`, { headers: headers(extra) }),
    put: (path: string, body: unknown, extra?: Record<string, string>) =>
      fetch(`${base}${path}`, {
        method: 'PUT',
        headers: headers({ 'content-type': 'application/json', ...extra }),
        body: JSON.stringify(body),
      }),
  };
}

async function participantJoin(playground: Playground, name: string) {
  const response = await client(playground).put('/workshop/me', { name });
  expect(response.status).toBe(201);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await response.json()) as { sandbox: string };
  return { cookie, sandbox: me.sandbox, as: client(playground, cookie) };
}

describe('abuse: workshop sandboxes need their participant’s credential', () => {
  it('lets a participant use their own sandbox and nobody else’s', async () => {
    const playground = await workshop();
    const ada = await participantJoin(playground, 'Ada');
    const bob = await participantJoin(playground, 'Bob');
    const reflect = { origin: { mode: 'reflect' }, credentials: true };
    expect((await ada.as.put(`/sandboxes/${ada.sandbox}/policy`, reflect)).status).toBe(200);
    expect((await ada.as.get(`/sandboxes/${ada.sandbox}/policy`)).status).toBe(200);

    // Another participant, nobody, the default sandbox: refused, reading and writing alike.
    expect((await bob.as.get(`/sandboxes/${ada.sandbox}/policy`)).status).toBe(403);
    expect((await bob.as.put(`/sandboxes/${ada.sandbox}/policy`, {})).status).toBe(403);
    expect((await bob.as.get(`/sandboxes/${ada.sandbox}/events`)).status).toBe(403);
    const nobody = client(playground);
    expect((await nobody.get(`/sandboxes/${ada.sandbox}/policy`)).status).toBe(401);
    expect((await nobody.put(`/sandboxes/${ada.sandbox}/policy`, {})).status).toBe(401);
    expect((await nobody.get('/policy')).status).toBe(401);
    expect((await ada.as.get('/policy')).status).toBe(403);
    expect((await ada.as.put('/policy', reflect)).status).toBe(403);
    // A forged cookie, or the sandbox id offered as one.
    expect(
      (await client(playground, 'cp_participant=x').get(`/sandboxes/${ada.sandbox}/policy`)).status,
    ).toBe(401);
    const byId = client(playground, `cp_participant=${ada.sandbox}`);
    expect((await byId.get(`/sandboxes/${ada.sandbox}/policy`)).status).toBe(401);
    // Bob's sandbox still has the initial policy: Ada's edit touched only hers.
    expect(await (await bob.as.get(`/sandboxes/${bob.sandbox}/policy`)).json()).toMatchObject({
      origin: { mode: 'list' },
    });
  });

  it('refuses a spoofed Host, and a page on another origin even with a valid cookie', async () => {
    const playground = await workshop();
    const ada = await participantJoin(playground, 'Ada');
    const { host } = new URL(playground.config.appOrigin);
    const spoofed = await playgroundTestingRaw(
      playground.config.appOrigin,
      `GET /control/sandboxes/${ada.sandbox}/policy HTTP/1.1\r\nHost: localhost:${new URL(playground.config.appOrigin).port}\r\nConnection: close\r\n\r\n`,
    );
    expect(spoofed).toMatch(/^HTTP\/1\.1 401 /);
    const foreign = await ada.as.get(`/sandboxes/${ada.sandbox}/policy`, { origin: 'http://evil.localhost' });
    expect(foreign.status).toBe(403);
    const crossSite = await ada.as.get(`/sandboxes/${ada.sandbox}/policy`, { 'sec-fetch-site': 'same-site' });
    expect(crossSite.status).toBe(403);
    expect(host).toContain('127.0.0.1');
  });

  it('keeps the instructor endpoints behind the instructor secret', async () => {
    const playground = await workshop();
    const ada = await participantJoin(playground, 'Ada');
    const secret = playground.workshop?.instructor.loginCreate() ?? '';
    expect((await ada.as.get('/workshop/instructor/room')).status).toBe(403);
    expect((await ada.as.put('/workshop/instructor/end', {})).status).toBe(403);
    const wrong = await client(playground).put('/workshop/instructor/session', { secret: `${secret}x` });
    expect(wrong.status).toBe(403);
    const session = await client(playground).put('/workshop/instructor/session', { secret });
    expect(session.status).toBe(200);
    const instructor = client(playground, (session.headers.get('set-cookie') ?? '').split(';')[0]);
    const room = (await (await instructor.get('/workshop/instructor/room')).json()) as {
      participants: Array<{ name: string }>;
    };
    expect(room.participants.map((p) => p.name)).toEqual(['Ada']);
    expect(JSON.stringify(room)).not.toContain(ada.cookie.split('=')[1]);
    expect((await instructor.get(`/sandboxes/${ada.sandbox}/policy`)).status).toBe(200);
  });

  it('never lets the lab API see or log a workshop credential', async () => {
    const playground = await workshop();
    const ada = await participantJoin(playground, 'Ada');
    const response = await fetch(`${playground.config.apiOrigin}/s/${ada.sandbox}/echo`, {
      headers: { cookie: `session=1; ${ada.cookie}` },
    });
    const echoed = await response.text();
    expect(echoed).toContain('session=1');
    expect(echoed).not.toContain(ada.cookie);
    const logged = playground.store.sandboxForPath(`/s/${ada.sandbox}/x`).sandbox?.eventsSince(0) ?? [];
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toContain(ada.cookie);
  });

  it('keeps participants, their credentials and policies across a restart', async () => {
    const first = await workshop();
    const ada = await participantJoin(first, 'Ada');
    await ada.as.put(`/sandboxes/${ada.sandbox}/policy`, { origin: { mode: 'reflect' } });
    await first.close();
    const second = await workshop();
    const again = client(second, ada.cookie);
    expect(await (await again.get('/workshop/me')).json()).toMatchObject({
      name: 'Ada',
      sandbox: ada.sandbox,
    });
    expect(await (await again.get(`/sandboxes/${ada.sandbox}/policy`)).json()).toMatchObject({
      origin: { mode: 'reflect' },
    });
  });

  it('lets in no more participants than --participants-cap', async () => {
    const playground = await workshop('--participants-cap', '2');
    await participantJoin(playground, 'Ada');
    await participantJoin(playground, 'Bob');
    const third = await client(playground).put('/workshop/me', { name: 'Cy' });
    expect(third.status).toBe(503);
    expect(await third.json()).toMatchObject({ error: expect.stringMatching(/full: 2 participants/) });
  });
});
