/**
 * A join flood against a workshop: one client (127.0.0.2) sends 300 joins, 8 at a time, while a
 * participant already in the room (127.0.0.3) keeps reading their own state. Reports that
 * participant's p50/p99 during the flood, how many joins got in, and whether a newcomer from another
 * address (127.0.0.4) still joins afterwards. `--no-limit` makes the flood look like 300 machines
 * behind a trusted proxy, so the join limit never applies: the room as it was before the limit.
 *
 *   tsx apps/api/bench/workshopJoinFlood.bench.ts [--no-limit]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServerStart, benchServerWarm } from './benchServer.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const noLimit = process.argv.includes('--no-limit');

interface Answer {
  status: number;
  body: string;
  cookie: string;
}

function send(
  app: string,
  from: string,
  agent: Agent,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, app), { method, agent, localAddress: from, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: text,
          cookie: res.headers['set-cookie']?.[0]?.split(';')[0] ?? '',
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const join201 = (app: string, from: string, agent: Agent, name: string, extra: Record<string, string> = {}) =>
  send(
    app,
    from,
    agent,
    'PUT',
    '/control/workshop/me',
    { 'content-type': 'application/json', ...extra },
    JSON.stringify({ name }),
  );

const dir = await mkdtemp(join(tmpdir(), 'workshop-flood-'));
await benchServerWarm(root);
const server = await benchServerStart(root, 512, 60_000, [
  '--workshop',
  '--workshop-file',
  join(dir, 'room.json'),
  ...(noLimit ? ['--trust-proxy', '127.0.0.2'] : []),
]);
try {
  const adaAgent = new Agent({ keepAlive: true });
  const ada = await join201(server.app, '127.0.0.3', adaAgent, 'Ada');
  const { sandbox } = JSON.parse(ada.body) as { sandbox: string };
  let flooding = true;
  const latencies: number[] = [];
  const reader = (async () => {
    while (flooding) {
      const started = performance.now();
      const path =
        latencies.length % 2 === 0 ? '/control/workshop/me' : `/control/sandboxes/${sandbox}/policy`;
      const answer = await send(server.app, '127.0.0.3', adaAgent, 'GET', path, { cookie: ada.cookie });
      if (answer.status !== 200) throw new Error(`Ada got ${answer.status}`);
      latencies.push(performance.now() - started);
    }
  })();
  const botAgent = new Agent({ keepAlive: true, maxSockets: 8 });
  const statuses: Record<number, number> = {};
  const floodStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < 300; i = next++) {
        const xff: Record<string, string> = noLimit ? { 'x-forwarded-for': `10.0.${i >> 8}.${i & 255}` } : {};
        const answer = await join201(server.app, '127.0.0.2', botAgent, `bot ${i}`, xff);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      }
    }),
  );
  const floodSeconds = (performance.now() - floodStarted) / 1000;
  flooding = false;
  await reader;
  const newcomer = await join201(server.app, '127.0.0.4', new Agent(), 'Newcomer');
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  console.log(
    `join flood (${noLimit ? 'no limit' : 'limited'}): 300 joins in ${floodSeconds.toFixed(2)} s ${JSON.stringify(statuses)}; ` +
      `Ada's ${latencies.length} reads p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms; ` +
      `a newcomer from another address: ${newcomer.status}`,
  );
  adaAgent.destroy();
  botAgent.destroy();
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
