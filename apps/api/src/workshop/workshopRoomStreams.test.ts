import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import type { Playground } from '../start/playgroundStart.ts';
import { WorkshopClient, workshopTesting } from './workshopTesting.testkit.ts';

/** A room stream read as a browser's EventSource would: each `room` event's snapshot, in order. */
function roomStream(playground: Playground, client: WorkshopClient) {
  const snapshots: WorkshopRoomView[] = [];
  const waiters = new Set<() => void>();
  let status = 0;
  let ended = false;
  const url = new URL('/control/workshop/instructor/room/events', playground.config.appOrigin);
  const req = request(url, { localAddress: client.from, headers: { cookie: client.cookie } });
  const opened = new Promise<void>((resolve, reject) => {
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: room$/m.test(block) && data) snapshots.push(JSON.parse(data) as WorkshopRoomView);
        }
        for (const wake of waiters) wake();
      });
      res.on('close', () => {
        ended = true;
        for (const wake of waiters) wake();
      });
      resolve();
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') ended = true;
      else reject(error);
    });
  });
  req.end();
  /** Resolves with the first snapshot (from now on, or already received) that `test` accepts. */
  const until = (test: (view: WorkshopRoomView) => boolean): Promise<WorkshopRoomView> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = snapshots.find(test);
        if (found) {
          waiters.delete(check);
          resolve(found);
        } else if (ended) reject(new Error('the room stream ended'));
      };
      waiters.add(check);
      check();
    });
  const closed = () =>
    new Promise<void>((resolve) => {
      const check = () => ended && (waiters.delete(check), resolve());
      waiters.add(check);
      check();
    });
  return { opened, status: () => status, snapshots, until, closed, end: () => req.destroy() };
}

describe('the instructor room stream', () => {
  it('pushes the room on connect and after every change, to the instructor only', async () => {
    const playground = await workshopTesting();
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    const ada = new WorkshopClient(playground, '127.0.0.2');
    const adaSandbox = await ada.join('Ada');

    const refused = roomStream(playground, ada);
    await refused.opened;
    expect(refused.status()).toBe(403);

    await instructor.instructorLogin();
    const stream = roomStream(playground, instructor);
    await stream.opened;
    expect(stream.status()).toBe(200);
    const first = await stream.until(() => true);
    expect(first.participants.map((p) => p.name)).toEqual(['Ada']);

    const bob = new WorkshopClient(playground, '127.0.0.3');
    await bob.join('Bob');
    await stream.until((view) => view.participants.some((p) => p.name === 'Bob'));
    playground.workshop?.progressSave(adaSandbox, {
      'reflect-sibling': { state: 'exploited', startedAt: Date.now(), exploitedAt: Date.now() },
    });
    const solved = await stream.until(
      (view) => view.participants.find((p) => p.name === 'Ada')?.progress['reflect-sibling'] !== undefined,
    );
    expect(solved.participants.find((p) => p.name === 'Ada')?.progress['reflect-sibling']).toMatchObject({
      state: 'exploited',
    });
    await instructor.put('/control/workshop/instructor/message', { text: 'Ten minutes left' });
    const told = await stream.until((view) => view.messages.length === 1);
    expect(told.messages[0]?.text).toBe('Ten minutes left');
    // No credential hash and no secret ever goes out on the stream.
    expect(JSON.stringify(stream.snapshots)).not.toContain('credentialHash');

    // Rotating the instructor's session ends the streams it opened, at the next change.
    const rotator = new WorkshopClient(playground, '127.0.0.5');
    await rotator.instructorLogin();
    await rotator.put('/control/workshop/instructor/rotate', {});
    await stream.closed();
    for (const client of [instructor, ada, bob, rotator]) client.close();
  });

  it('refuses more live views than its bound, and frees a slot when one closes', async () => {
    const playground = await workshopTesting();
    const instructor = new WorkshopClient(playground, '127.0.0.4');
    await instructor.instructorLogin();
    const open = [];
    for (let i = 0; i < 8; i++) {
      const stream = roomStream(playground, instructor);
      await stream.opened;
      expect(stream.status()).toBe(200);
      open.push(stream);
    }
    const ninth = roomStream(playground, instructor);
    await ninth.opened;
    expect(ninth.status()).toBe(503);
    open[0]?.end();
    await expect
      .poll(async () => {
        const again = roomStream(playground, instructor);
        await again.opened;
        again.end();
        return again.status();
      })
      .toBe(200);
    for (const stream of open) stream.end();
    instructor.close();
  });
});
