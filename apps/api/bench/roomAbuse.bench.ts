/**
 * One client against a workshop room: N ordinary participants each send a lab API request or read
 * their policy on the control plane every 250 ms (like a busy tab), while, phase after phase:
 *   quiet       nothing else (for comparison);
 *   hostile ×4  one participant PUTs the hostile policy (`policyHostile`, ~32 KB) from 4 parallel loops;
 *   hostile ×8  the same from 8 loops;
 *   join flood  another loopback address (127.0.0.2) sends 300 joins, 10 at a time.
 * Reports the ordinary participants' p50/p99 in each phase, what the attacker got, and the server's CPU.
 * The attacks run in a child process at the lowest CPU priority, standing in for another machine: so
 * that sending them never delays the measured requests, and the server, not the attacker's own CPU use,
 * is what is measured.
 *
 *   tsx apps/api/bench/roomAbuse.bench.ts                        this checkout
 *   tsx apps/api/bench/roomAbuse.bench.ts --root /other/checkout   another one (e.g. before a change)
 *   [--participants 50] [--seconds 8]
 *
 * Loopback only; each phase is bounded in time (the flood also in count), and a watchdog ends the run.
 */
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent } from 'node:http';
import { loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { policyHostile } from '../src/app/policyHostile.testkit.ts';
import { benchRequest, type BenchAnswer } from './benchLoad.ts';
import {
  benchServerCpuMs,
  benchServerStart,
  benchServerTrack,
  benchServerWarm,
  type BenchServer,
} from './benchServer.ts';

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

interface Participant {
  index: number;
  sandbox: string;
  cookie: string;
  agent: Agent;
}

async function participantJoin(app: string, name: string, localAddress?: string) {
  const answer = await benchRequest(`${app}/control/workshop/me`, {
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

/** One phase's attack, as the child process runs it. */
interface AttackOrder {
  kind: 'hostile' | 'flood';
  app: string;
  sandbox: string;
  cookie: string;
  loops: number;
  ms: number;
}

/** One participant's parallel loops of hostile policy writes, each copy salted so no cache helps. */
async function hostileLoops(order: AttackOrder, bodies: string[]) {
  const deadline = performance.now() + order.ms;
  const counts: Record<string, number> = {};
  const agent = new Agent({ keepAlive: true, maxSockets: order.loops });
  let salt = 0;
  await Promise.all(
    Array.from({ length: order.loops }, async () => {
      while (performance.now() < deadline) {
        const answer = await benchRequest(`${order.app}/control/sandboxes/${order.sandbox}/policy`, {
          method: 'PUT',
          headers: { cookie: order.cookie, 'content-type': 'application/json' },
          body: bodies[salt++ % bodies.length],
          agent,
        });
        statusCount(counts, answer);
      }
    }),
  );
  agent.destroy();
  return `${salt} PUTs, statuses ${JSON.stringify(counts)}`;
}

async function joinFlood(order: AttackOrder) {
  const deadline = performance.now() + order.ms;
  const counts: Record<string, number> = {};
  let next = 0;
  await Promise.all(
    Array.from({ length: order.loops }, async () => {
      while (next < floodJoins && performance.now() < deadline) {
        const { answer } = await participantJoin(order.app, `bot${next++}`, floodAddress);
        statusCount(counts, answer);
      }
    }),
  );
  const seconds = ((order.ms - (deadline - performance.now())) / 1000).toFixed(1);
  return `${next} joins from ${floodAddress} in ${seconds} s, statuses ${JSON.stringify(counts)}`;
}

/**
 * Starts the attacker process and resolves once it is ready (started and its bodies built: that
 * costs a second of CPU, which must not fall into the measured phase); `go` runs the attack.
 */
function attackerStart(order: AttackOrder): Promise<{ go(): Promise<string> }> {
  return new Promise((ready, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--attack', JSON.stringify(order)], {
      execArgv: ['--import', 'tsx'],
    });
    benchServerTrack(child);
    // Lowest priority: it stands in for a laptop on the LAN, whose own CPU is not the server's.
    if (child.pid !== undefined) setPriority(child.pid, 19);
    const report = new Promise<string>((resolve) =>
      child.on('message', (message) => message !== 'ready' && resolve(String(message))),
    );
    child.once('message', () => ready({ go: () => (child.send('go'), report) }));
    child.once('exit', (code) => reject(new Error(`the attacker exited with code ${code}`)));
  });
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
  attack?: Omit<AttackOrder, 'app' | 'ms'>,
): Promise<void> {
  const attacker = attack && (await attackerStart({ ...attack, app: server.app, ms: phaseMs }));
  const deadline = performance.now() + phaseMs;
  const cpuBefore = benchServerCpuMs(server.pid);
  const [result, attacked] = await Promise.all([
    ordinaryLoad(server, participants, deadline),
    attacker ? attacker.go() : '',
  ]);
  phaseReport(name, result, attacked, benchServerCpuMs(server.pid) - cpuBefore);
}

const attackFlag = process.argv.indexOf('--attack');
if (attackFlag >= 0) {
  const order = JSON.parse(process.argv[attackFlag + 1] ?? '{}') as AttackOrder;
  const bodies = Array.from({ length: order.kind === 'hostile' ? 600 : 0 }, (_, i) =>
    JSON.stringify(policyHostile(i.toString(36))),
  );
  await new Promise((resolve) => (process.once('message', resolve), process.send?.('ready')));
  process.send?.(await (order.kind === 'hostile' ? hostileLoops(order, bodies) : joinFlood(order)));
  process.disconnect?.();
} else {
  const watchdog = setTimeout(() => {
    console.error('room abuse bench: watchdog fired after 5 min');
    process.exit(2);
  }, 300_000);
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
      const { answer, cookie, sandbox } = await participantJoin(server.app, `p${index}`);
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
    const { sandbox, cookie } = attacker;
    await phase('quiet', server, participants);
    await phase('hostile ×4', server, participants, { kind: 'hostile', sandbox, cookie, loops: 4 });
    await phase('hostile ×8', server, participants, { kind: 'hostile', sandbox, cookie, loops: 8 });
    await phase('join flood', server, participants, {
      kind: 'flood',
      sandbox,
      cookie,
      loops: floodConcurrency,
    });
    participants.forEach((p) => p.agent.destroy());
    if (server.exited()) console.log(`the server DIED: ${server.exited()}`);
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}
