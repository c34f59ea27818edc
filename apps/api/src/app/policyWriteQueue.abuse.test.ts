import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Playground } from '../start/playgroundStart.ts';
import { workshopBodyBytes } from '../workshop/workshopRouter.ts';
import { WorkshopClient, workshopTesting } from '../workshop/workshopTesting.testkit.ts';
import { policyHostile } from './policyHostile.testkit.ts';

const workshop = () => workshopTesting();

async function participantJoin(playground: Playground, name: string) {
  const client = new WorkshopClient(playground);
  const sandbox = await client.join(name);
  const { cookie } = client;
  client.close();
  const url = `${playground.config.appOrigin}/control/sandboxes/${sandbox}/policy`;
  const put = (body: string) =>
    fetch(url, { method: 'PUT', headers: { cookie, 'content-type': 'application/json' }, body });
  return { cookie, url, put };
}

/**
 * A policy write whose body is held back: it resolves once the server has the request's head (Node
 * answers `100 Continue` right before handing the request on, and the control plane takes the write's
 * turn synchronously), and `finish` sends the rest and resolves with the answer.
 */
async function writeHeld(url: string, cookie: string, body: string) {
  const { hostname, port, pathname, host } = new URL(url);
  const socket: Socket = connect(Number(port), hostname);
  let received = '';
  const head = [
    `PUT ${pathname} HTTP/1.1`,
    `Host: ${host}`,
    `Cookie: ${cookie}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Expect: 100-continue',
    'Connection: close',
  ];
  socket.write(`${head.join('\r\n')}\r\n\r\n${body.slice(0, 100)}`);
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  await new Promise<void>((resolve) =>
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (received.includes('100 Continue')) resolve();
    }),
  );
  return {
    finish: async () => {
      socket.end(body.slice(100));
      const statuses = [...(await closed).matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
      return statuses.at(-1);
    },
    abandon: () => socket.destroy(),
  };
}

describe('abuse: one participant’s policy writes', () => {
  it('refuses the ~32 KB policy of fifty path rules with nine ambiguous regexes each, naming the field and budget', async () => {
    const ada = await participantJoin(await workshop(), 'Ada');
    const body = JSON.stringify(policyHostile('a'));
    expect(body.length).toBeLessThanOrEqual(32 * 1024);
    const response = await ada.put(body);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Invalid policy',
      errors: [
        {
          path: 'paths[5].override.origin.allow[5].regex',
          message: expect.stringContaining('more than the 100 distinct regexes one policy may hold'),
        },
      ],
    });
  });

  it('checks one write of a sandbox at a time: two more wait, the next is refused 429, others never wait', async () => {
    const playground = await workshop();
    const ada = await participantJoin(playground, 'Ada');
    const bob = await participantJoin(playground, 'Bob');
    const hostile = JSON.stringify(policyHostile('b'));
    const held = await writeHeld(ada.url, ada.cookie, hostile);

    let twoAnswered = () => {};
    const two = new Promise<void>((resolve) => (twoAnswered = resolve));
    const answered: Response[] = [];
    const burst = Array.from({ length: 4 }, () =>
      ada.put(hostile).then((response) => {
        if (answered.push(response) === 2) twoAnswered();
        return response;
      }),
    );
    // The held write keeps its turn, so two of these wait and two are refused at once.
    await two;
    expect(answered.map((r) => [r.status, r.headers.get('retry-after')])).toEqual([
      [429, '1'],
      [429, '1'],
    ]);
    // Another participant's write goes through meanwhile; Ada's waiting ones still wait.
    expect((await bob.put(JSON.stringify({ origin: { mode: 'reflect' } }))).status).toBe(200);
    expect(answered).toHaveLength(2);

    expect(await held.finish()).toBe(400);
    const statuses = (await Promise.all(burst)).map((r) => r.status);
    expect(statuses.sort((x, y) => x - y)).toEqual([400, 400, 429, 429]);
  });

  it('hands the turn on when a client goes away mid-body', async () => {
    const ada = await participantJoin(await workshop(), 'Ada');
    const held = await writeHeld(ada.url, ada.cookie, JSON.stringify(policyHostile('c')));
    held.abandon();
    expect((await ada.put(JSON.stringify({ origin: { mode: 'reflect' } }))).status).toBe(200);
  });

  it('states the limit in force when a workshop body is too large', async () => {
    const playground = await workshop();
    const response = await fetch(`${playground.config.appOrigin}/control/workshop/me`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(5000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: 'Request body too large',
      errors: [{ path: '', message: `must be at most ${workshopBodyBytes} bytes` }],
    });
  });
});
