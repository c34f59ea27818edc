/**
 * One client against a workshop room: N ordinary participants each send a lab API request or read
 * their policy on the control plane every 250 ms (like a busy tab), while, phase after phase:
 *   quiet       nothing else (for comparison);
 *   hostile ×4  one participant PUTs the hostile policy (`policyHostile`, ~32 KB) from 4 parallel loops;
 *   hostile ×8  the same from 8 loops;
 *   join flood  another loopback address (127.0.0.2) sends 300 joins, 10 at a time.
 * Reports the ordinary participants' p50/p99 in each phase, and what the attacker got.
 *
 *   tsx apps/api/bench/roomAbuse.bench.ts                        this checkout
 *   tsx apps/api/bench/roomAbuse.bench.ts --root /other/checkout   another one (e.g. before a change)
 *   [--participants 50] [--seconds 8]
 *
 * Loopback only; each phase is bounded in time (the flood also in count), and a watchdog ends the run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyHostile } from '../src/app/policyHostile.testkit.ts';
import { benchRequest, type BenchAnswer } from './benchLoad.ts';
import { benchServerCpuMs, benchServerStart, benchServerWarm, type BenchServer } from './benchServer.ts';

const flag = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const root = flag('root', fileURLToPath(new URL('../../..', import.meta.url)));
const participantsCount = Number(flag('participants', '50'));
const phaseMs = Number(flag('seconds', '8')) * 1000;
const floodJoins = 300;
const floodConcurrency = 10;
const floodAddress = '127.0.0.2';
const periodMs = 250;
/** Distinct hostile bodies, built before the run so that building them costs the measured client nothing. */
const hostileBodies = Array.from({ length: 600 }, (_, i) => JSON.stringify(policyHostile(i.toString(36))));

const watchdog = setTimeout(() => {
  console.error('room abuse bench: watchdog fired after 5 min');
  process.exit(2);
}, 300_000);

interface Participant {
  index: number;
  sandbox: string;
  cookie: string;
  agent: Agent;
}

async function participantJoin(server: BenchServer, name: string, localAddress?: string) {
  const answer = await benchRequest(`${server.app}/control/workshop/me`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
    localAddress,
  });
  const cookie = String(answer.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  const sandbox = answer.status === 201 ? (JSON.parse(answer.body) as { sandbox: string }).sandbox : '';
  return { answer, cookie, sandbox };
}

/** What the ordinary participants saw in one phase. */
interface PhaseResult {
  latencies: number[];
  failures: number;
  refusals: number;
}

async function ordinaryLoad(server: BenchServer, participants: Participant[], deadline: number) {
  const result: PhaseResult = { latencies: [], failures: 0, refusals: 0 };
  await Promise.all(
    participants.map(async (p) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * periodMs));
      for (let turn = 0; performance.now() < deadline; turn++) {
        const origin = `http://p${p.index}.test`;
        const answer =
          turn % 2 === 0
            ? await benchRequest(`${server.api}/s/${p.sandbox}/data?t=${turn}`, {
                headers: { origin },
                agent: p.agent,
              })
            : await benchRequest(`${server.app}/control/sandboxes/${p.sandbox}/policy`, {
                headers: { cookie: p.cookie },
                agent: p.agent,
              });
        result.latencies.push(answer.ms);
        if (answer.status === 'error' || answer.status >= 500) result.failures++;
        else if (answer.status >= 400) result.refusals++;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, periodMs - answer.ms)));
      }
    }),
  );
  return result;
}

function statusCount(counts: Record<string, number>, answer: BenchAnswer): void {
  counts[answer.status] = (counts[answer.status] ?? 0) + 1;
}

/** One participant's parallel loops of hostile policy writes, each copy salted so no cache helps. */
async function hostileLoops(server: BenchServer, attacker: Participant, loops: number, deadline: number) {
  const counts: Record<string, number> = {};
  const agent = new Agent({ keepAlive: true, maxSockets: loops });
  let salt = 0;
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (performance.now() < deadline) {
        const answer = await benchRequest(`${server.app}/control/sandboxes/${attacker.sandbox}/policy`, {
          method: 'PUT',
          headers: { cookie: attacker.cookie, 'content-type': 'application/json' },
          body: hostileBodies[salt++ % hostileBodies.length],
          agent,
        });
        statusCount(counts, answer);
      }
    }),
  );
  agent.destroy();
  return `${salt} PUTs, statuses ${JSON.stringify(counts)}`;
}

async function joinFlood(server: BenchServer, deadline: number) {
  const counts: Record<string, number> = {};
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: floodConcurrency }, async () => {
      while (next < floodJoins && performance.now() < deadline) {
        const { answer } = await participantJoin(server, `bot${next++}`, floodAddress);
        statusCount(counts, answer);
      }
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `${next} joins from ${floodAddress} in ${seconds} s, statuses ${JSON.stringify(counts)}`;
}

function phaseReport(name: string, result: PhaseResult, attack: string, cpuMs: number): void {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(0);
  console.log(
    `${name.padEnd(11)} ordinary p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms ` +
      `(${sorted.length} requests, ${result.failures} failed or 5xx, ${result.refusals} 4xx)` +
      `${attack ? `; attacker: ${attack}` : ''}; server CPU ${(cpuMs / phaseMs).toFixed(2)} s/s; load ${loadavg()[0]?.toFixed(2)}`,
  );
}

async function phase(
  name: string,
  server: BenchServer,
  participants: Participant[],
  attack: (deadline: number) => Promise<string>,
): Promise<void> {
  const deadline = performance.now() + phaseMs;
  const cpuBefore = benchServerCpuMs(server.pid);
  const [result, attacked] = await Promise.all([
    ordinaryLoad(server, participants, deadline),
    attack(deadline),
  ]);
  phaseReport(name, result, attacked, benchServerCpuMs(server.pid) - cpuBefore);
}

const dir = await mkdtemp(join(tmpdir(), 'room-abuse-'));
await benchServerWarm(root);
const server = await benchServerStart(root, 512, 60_000, [
  '--workshop',
  '--workshop-file',
  join(dir, 'room.json'),
  '--participants-cap',
  `${participantsCount + floodJoins + 50}`,
]);
try {
  const participants: Participant[] = [];
  for (let index = 0; index <= participantsCount; index++) {
    const { answer, cookie, sandbox } = await participantJoin(server, `p${index}`);
    if (answer.status !== 201) throw new Error(`join ${index}: ${answer.status} ${answer.body}`);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const policy = JSON.stringify({ origin: { mode: 'list', allow: [`http://p${index}.test`] } });
    const headers = { cookie, 'content-type': 'application/json' };
    const put = await benchRequest(`${server.app}/control/sandboxes/${sandbox}/policy`, {
      method: 'PUT',
      headers,
      body: policy,
    });
    if (put.status !== 200) throw new Error(`policy ${index}: ${put.status} ${put.body}`);
    participants.push({ index, sandbox, cookie, agent });
  }
  const attacker = participants.pop() as Participant;
  console.log(`${root}: ${participants.length} ordinary participants, ${phaseMs / 1000} s a phase`);
  await phase('quiet', server, participants, async () => '');
  await phase('hostile ×4', server, participants, (deadline) => hostileLoops(server, attacker, 4, deadline));
  await phase('hostile ×8', server, participants, (deadline) => hostileLoops(server, attacker, 8, deadline));
  await phase('join flood', server, participants, (deadline) => joinFlood(server, deadline));
  participants.forEach((p) => p.agent.destroy());
  if (server.exited()) console.log(`the server DIED: ${server.exited()}`);
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
  clearTimeout(watchdog);
}
