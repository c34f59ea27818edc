import { describe, expect, it } from 'vitest';
import { playgroundTestingStopAll } from '../start/playgroundTesting.testkit.ts';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

describe('abuse: the instructor removes participants', () => {
  it('frees the seat, 401s the cookie, drops sandbox, streams and log, and stays so after a restart', async () => {
    const playground = await workshopTesting({}, '--participants-cap', '2');
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const bob = new WorkshopClient(playground, '127.0.0.3');
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    const sandbox = await ada.join('Ada');
    await bob.join('Bob');
    await instructor.instructorLogin();
    const stream = await ada.stream(`/control/sandboxes/${sandbox}/events`);
    expect(stream.status).toBe(200);
    await fetch(`${playground.config.apiOrigin}/s/${sandbox}/data`);
    expect(playground.store.log.bytesOf(sandbox)).toBeGreaterThan(0);
    const full = await new WorkshopClient(playground, '127.0.0.5').put('/control/workshop/me', {
      name: 'Cy',
    });
    expect(full.status).toBe(503);

    // Only the instructor may remove.
    expect((await bob.put('/control/workshop/instructor/remove', { participant: sandbox })).status).toBe(403);
    const removed = await instructor.put('/control/workshop/instructor/remove', { participant: sandbox });
    expect(removed).toMatchObject({ status: 200, body: { removed: 1 } });
    await stream.ended;
    expect(playground.streams.count).toBe(0);
    expect(playground.store.log.bytesOf(sandbox)).toBe(0);
    expect((await ada.get('/control/workshop/me')).status).toBe(401);
    expect((await ada.get(`/control/sandboxes/${sandbox}/policy`)).status).toBe(401);
    // Its lab API path no longer brings the sandbox back.
    expect(playground.store.sandboxForPath(`/s/${sandbox}/data`).sandbox).toBeUndefined();
    const room = await instructor.get('/control/workshop/instructor/room');
    expect(room.body.participants.map((p: { name: string }) => p.name)).toEqual(['Bob']);

    const cy = new WorkshopClient(playground, '127.0.0.5');
    await cy.join('Cy');
    await playgroundTestingStopAll();
    const again = await workshopTesting({}, '--participants-cap', '2');
    expect(
      (await new WorkshopClient(again, '127.0.0.2').put('/control/workshop/me', { name: 'x' })).status,
    ).toBe(503);
    const adaAgain = new WorkshopClient(again, '127.0.0.2');
    adaAgain.cookies = ada.cookies;
    expect((await adaAgain.get('/control/workshop/me')).status).toBe(401);
    const cyAgain = new WorkshopClient(again, '127.0.0.5');
    cyAgain.cookies = cy.cookies;
    expect((await cyAgain.get('/control/workshop/me')).body).toMatchObject({ name: 'Cy' });
    for (const client of [ada, bob, instructor, cy, adaAgain, cyAgain]) client.close();
  });

  it('removes everyone who joined in the last N minutes, and nobody earlier', async () => {
    const playground = await workshopTesting();
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const adaSandbox = await ada.join('Ada');
    // Ada joined ten minutes before the bots arrived.
    const adaRecord = playground.workshop?.participantById(adaSandbox);
    if (adaRecord) adaRecord.joinedAt -= 10 * 60_000;
    const bots = new WorkshopClient(playground, '127.0.0.3');
    for (let i = 0; i < 20; i++) {
      bots.cookies.clear();
      await bots.join(`bot ${i}`);
    }
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    await instructor.instructorLogin();
    const remove = (body: unknown) => instructor.put('/control/workshop/instructor/remove', body);
    expect((await remove({})).status).toBe(400);
    expect((await remove({ participant: adaSandbox, joinedWithinMinutes: 5 })).status).toBe(400);
    expect((await remove({ joinedWithinMinutes: 0 })).body).toMatchObject({
      errors: [{ path: 'joinedWithinMinutes' }],
    });
    expect((await remove({ participant: 'nobody' })).status).toBe(404);
    expect(await remove({ joinedWithinMinutes: 5 })).toMatchObject({ status: 200, body: { removed: 20 } });
    expect(playground.workshop?.size).toBe(1);
    expect((await ada.get('/control/workshop/me')).body).toMatchObject({ name: 'Ada' });
    expect((await bots.get('/control/workshop/me')).status).toBe(401);
    for (const client of [ada, bots, instructor]) client.close();
  });
});
