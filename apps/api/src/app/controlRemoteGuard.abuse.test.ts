import { mkdtemp, rm } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { controlRemoteGuard } from './controlRemoteGuard.ts';
import { playgroundTesting } from '../start/playgroundTesting.testkit.ts';

/** An IPv4 address of this machine that is not loopback: connecting from it is another machine's view. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((face) => face && face.family === 'IPv4' && !face.internal)?.address;

const servers: Server[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** One request from `from` (the client's own address) to `to`, as a script on that machine sends it. */
function ask(
  from: string,
  to: string,
  port: number,
  path: string,
  method = 'GET',
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: to,
        port,
        path,
        method,
        localAddress: from,
        // The attack as it was seen: a Host the control plane answers to, from another machine.
        headers: { host: `localhost:${port}`, 'content-type': 'application/json', connection: 'close' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const reflect = JSON.stringify({ origin: { mode: 'reflect' }, credentials: true });

describe('abuse: the control plane from another machine (--host 0.0.0.0)', () => {
  it.skipIf(lanAddress === undefined)(
    `refuses another machine's policy write and event read, and still serves this machine (via ${lanAddress ?? 'no non-loopback interface: skipped'})`,
    async () => {
      const lan = lanAddress!;
      const playground = await playgroundTesting({}, ['--host', '0.0.0.0']);
      const port = Number(new URL(playground.config.appOrigin).port);
      await fetch(`${playground.config.apiOrigin}/data`, { headers: { cookie: 'other_app=secret' } });

      const write = await ask(lan, lan, port, '/control/policy', 'PUT', reflect);
      expect(write.status).toBe(403);
      expect(write.text).toContain(`${lan} is another one`);
      expect(playground.store.sandboxDefault.policy.origin.mode).toBe('list');
      const events = await ask(lan, lan, port, '/control/events?since=0');
      expect(events.status).toBe(403);
      expect(events.text).not.toContain('other_app');
      for (const path of ['/control/config', '/control/sandboxes/s1/policy', '/control/challenges']) {
        expect((await ask(lan, lan, port, path)).status).toBe(403);
      }
      // The app itself still loads there; only its control plane stays home.
      expect((await ask(lan, lan, port, '/healthz')).status).toBe(200);

      expect((await ask('127.0.0.1', '127.0.0.1', port, '/control/policy', 'PUT', reflect)).status).toBe(200);
      expect(playground.store.sandboxDefault.policy.origin.mode).toBe('reflect');
    },
  );

  it.skipIf(lanAddress === undefined)(
    'lets another machine reach a workshop’s control plane, where its credential decides',
    async () => {
      const lan = lanAddress!;
      const dir = await mkdtemp(join(tmpdir(), 'control-remote-'));
      dirs.push(dir);
      const file = join(dir, 'w.json');
      const playground = await playgroundTesting({}, [
        '--host',
        '0.0.0.0',
        '--workshop',
        '--workshop-file',
        file,
      ]);
      const port = Number(new URL(playground.config.appOrigin).port);
      expect((await ask(lan, lan, port, '/control/config')).status).toBe(200);
      const write = await ask(lan, lan, port, '/control/policy', 'PUT', reflect);
      expect(write.status).toBe(401);
      expect(write.text).toContain('join it first');
    },
  );

  it('decides by the socket’s address, whatever the headers say (a second local address played as another machine)', async () => {
    const app = express();
    app.use(
      '/control',
      controlRemoteGuard({ remote: 'loopback' }, (address) => address === '127.0.0.1'),
    );
    app.use('/control', (_req, res) => {
      res.send('control plane');
    });
    const server = app.listen(0, '127.0.0.1');
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as { port: number };
    const other = await ask('127.0.0.2', '127.0.0.1', port, '/control/policy', 'PUT', reflect);
    expect(other.status).toBe(403);
    expect(other.text).toContain('127.0.0.2 is another one');
    const own = await ask('127.0.0.1', '127.0.0.1', port, '/control/policy', 'PUT', reflect);
    expect(own).toEqual({ status: 200, text: 'control plane' });
  });
});
