import { describe, expect, it } from 'vitest';
import type { Playground } from '../start/playgroundStart.ts';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

const reflectAll = { origin: { mode: 'reflect' }, credentials: true };

/** What the lab API of `sandbox` answers a request from a foreign origin: its `Access-Control-Allow-Origin`. */
async function allowOriginFor(playground: Playground, sandbox: string): Promise<string | null> {
  const answer = await fetch(`${playground.config.apiOrigin}/s/${sandbox}/data`, {
    headers: { origin: 'http://evil.example' },
  });
  await answer.body?.cancel();
  return answer.headers.get('access-control-allow-origin');
}

describe('the instructor resets participants', () => {
  it('gives the live policy back its initial value at once, and ends the sandbox streams', async () => {
    const playground = await workshopTesting();
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const bob = new WorkshopClient(playground, '127.0.0.3');
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    const adaSandbox = await ada.join('Ada');
    const bobSandbox = await bob.join('Bob');
    await instructor.instructorLogin();
    const initial = (await ada.get(`/control/sandboxes/${adaSandbox}/policy`)).body;
    for (const [client, sandbox] of [
      [ada, adaSandbox],
      [bob, bobSandbox],
    ] as const) {
      expect((await client.put(`/control/sandboxes/${sandbox}/policy`, reflectAll)).status).toBe(200);
      expect(await allowOriginFor(playground, sandbox)).toBe('http://evil.example');
    }
    playground.workshop?.progressSave(adaSandbox, {
      'reflect-sibling': { state: 'exploited', startedAt: Date.now(), exploitedAt: Date.now() },
    });
    const stream = await ada.stream(`/control/sandboxes/${adaSandbox}/events`);
    expect(stream.status).toBe(200);

    // Only the instructor may reset, and an unknown participant is a 404.
    expect((await bob.put('/control/workshop/instructor/reset', { participant: adaSandbox })).status).toBe(
      403,
    );
    expect(
      (await instructor.put('/control/workshop/instructor/reset', { participant: 'nobody' })).status,
    ).toBe(404);
    const reset = await instructor.put('/control/workshop/instructor/reset', { participant: adaSandbox });
    expect(reset).toMatchObject({ status: 200, body: { reset: adaSandbox } });
    await stream.ended;
    expect(await allowOriginFor(playground, adaSandbox)).toBeNull();
    expect((await ada.get(`/control/sandboxes/${adaSandbox}/policy`)).body).toEqual(initial);
    expect((await ada.get('/control/workshop/me')).body).toMatchObject({ progress: {} });
    // Bob was not reset.
    expect(await allowOriginFor(playground, bobSandbox)).toBe('http://evil.example');

    expect(await instructor.put('/control/workshop/instructor/reset', {})).toMatchObject({
      status: 200,
      body: { reset: 'everyone' },
    });
    expect(await allowOriginFor(playground, bobSandbox)).toBeNull();
    expect((await bob.get(`/control/sandboxes/${bobSandbox}/policy`)).body).toEqual(initial);
    // The reset outlives a restart: the saved policy went too.
    expect(playground.workshop?.participantById(bobSandbox)?.policy).toBeUndefined();
    for (const client of [ada, bob, instructor]) client.close();
  });
});

describe('the instructor reads a participant', () => {
  it('reads their newest requests, which another participant may not', async () => {
    const playground = await workshopTesting();
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const bob = new WorkshopClient(playground, '127.0.0.3');
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    const adaSandbox = await ada.join('Ada');
    await bob.join('Bob');
    await instructor.instructorLogin();
    for (let i = 0; i < 12; i++) await allowOriginFor(playground, adaSandbox);
    const recent = await instructor.get(`/control/sandboxes/${adaSandbox}/events/recent`);
    expect(recent.status).toBe(200);
    expect(recent.body).toHaveLength(10);
    expect(recent.body[9]).toMatchObject({ sandbox: adaSandbox, origin: 'http://evil.example' });
    expect((await bob.get(`/control/sandboxes/${adaSandbox}/events/recent`)).status).toBe(403);
    for (const client of [ada, bob, instructor]) client.close();
  });
});
