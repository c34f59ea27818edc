/**
 * The abuse loads from the hardening work, measured against a real server process with a 256 MB heap
 * (what a workshop machine might give it): resident memory under each load, whether the server lived,
 * and lab API throughput with 100 sandboxes watched by 100 event-stream readers.
 *
 *   tsx apps/api/bench/abuse.bench.ts                       this checkout
 *   tsx apps/api/bench/abuse.bench.ts --root /other/checkout  another one (e.g. before a change)
 *
 * Loopback only; every load is bounded in time and count, and a watchdog ends the run.
 */
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import autocannon from 'autocannon';
import { benchLabLoad, benchStreams } from './benchLoad.ts';
import { benchServerStart, benchServerWarm, type BenchServer } from './benchServer.ts';

const rootFlag = process.argv.indexOf('--root');
const root =
  rootFlag >= 0 ? (process.argv[rootFlag + 1] ?? '.') : fileURLToPath(new URL('../../..', import.meta.url));
const only = process.env.ABUSE_ONLY?.split(',');
const big = { 'x-big': 'b'.repeat(15_000), origin: 'http://bench.localhost' };
const mb = (value: number) => `${value.toFixed(0)} MB`;

const watchdog = setTimeout(() => {
  console.error('abuse bench: watchdog fired after 10 min');
  process.exit(2);
}, 600_000);

function benchLine(name: string, server: BenchServer, before: number, extra: string): void {
  const fate = server.exited() ? `DIED (${server.exited()})` : `alive, RSS now ${mb(server.rssNow())}`;
  console.log(`${name}: RSS ${mb(before)} → peak ${mb(server.rssPeak())}; ${fate}; ${extra}`);
}

async function sandboxesCreate(server: BenchServer, count: number, prefix: string) {
  const statuses: Record<string, number> = {};
  let firstRefusal = '';
  for (let i = 0; i < count; i++) {
    let status = 'error';
    try {
      const response = await fetch(`${server.app}/control/sandboxes/${prefix}${i}/policy`, {
        signal: AbortSignal.timeout(10_000),
      });
      status = `${response.status}`;
      const text = await response.text();
      if (response.status !== 200 && !firstRefusal) firstRefusal = `#${i}: ${status} ${text.slice(0, 160)}`;
    } catch {
      if (server.exited()) break;
    }
    statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return { statuses, firstRefusal };
}

/** Load 2: 20 event-stream clients that stop reading, and lab traffic with 15 KB headers, for 6 s. */
async function benchStalledStreams(server: BenchServer): Promise<void> {
  const before = server.rssNow();
  const streams = await benchStreams(server.app, Array(20).fill('/control/events'), true);
  const load = await benchLabLoad({
    api: server.api,
    paths: ['/data'],
    headers: big,
    concurrency: 8,
    durationMs: 6000,
    maxRequests: 200_000,
  });
  benchLine(
    'load 2 (20 stalled event streams + 15 KB-header lab traffic, 6 s)',
    server,
    before,
    `${load.sent} requests ${JSON.stringify(load.statuses)}, ${streams.closed()}/20 stalled streams dropped by the server`,
  );
  streams.destroy();
}

/** Load 3: 30 sandboxes × 600 events with 15 KB headers. */
async function benchEventLog(server: BenchServer): Promise<void> {
  const before = server.rssNow();
  await sandboxesCreate(server, 30, 'log');
  const paths = Array.from({ length: 30 }, (_, i) => `/s/log${i}/data`);
  const load = await benchLabLoad({
    api: server.api,
    paths,
    headers: big,
    concurrency: 8,
    durationMs: 60_000,
    maxRequests: 30 * 600,
  });
  benchLine(
    'load 3 (30 sandboxes × 600 events, 15 KB headers)',
    server,
    before,
    `${load.sent} requests in ${load.seconds.toFixed(1)} s ${JSON.stringify(load.statuses)}`,
  );
}

/** Load 5: 2,000 sandbox ids, then one more. */
async function benchSandboxFlood(server: BenchServer): Promise<void> {
  const before = server.rssNow();
  const flood = await sandboxesCreate(server, 2000, 'flood');
  const after = await sandboxesCreate(server, 1, 'late');
  benchLine(
    'load 5 (2,000 sandbox ids)',
    server,
    before,
    `statuses ${JSON.stringify(flood.statuses)}; first refusal ${flood.firstRefusal || 'none'}; ` +
      `a newcomer afterwards: ${after.firstRefusal || 'created'}`,
  );
}

/** Throughput: 100 sandboxes, each watched by one reading event stream; requests spread over them. */
async function benchThroughput(server: BenchServer): Promise<void> {
  await sandboxesCreate(server, 100, 'tp');
  const streams = await benchStreams(
    server.app,
    Array.from({ length: 100 }, (_, i) => `/control/sandboxes/tp${i}/events`),
    false,
  );
  const requests = Array.from({ length: 100 }, (_, i) => ({ method: 'GET', path: `/s/tp${i}/data` }));
  const options = { url: server.api, connections: 10, headers: { origin: server.appOrigin }, requests };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: 10 });
  benchLine(
    'throughput (100 sandboxes, 100 reading event streams)',
    server,
    server.rssNow(),
    `${result.requests.average.toFixed(0)} req/s, p99 ${result.latency.p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, streams received ${(streams.received() / 1e6).toFixed(1)} MB`,
  );
  streams.destroy();
}

/**
 * One client holding `count` idle connections to `port` from `from`, re-opening each one the server
 * closes, as greedy code would. In a worker thread, so its reconnect churn does not slow the measuring
 * client's event loop (only the machine's cores, as a real second client would).
 */
const idleHogSource = `
const { connect } = require('node:net');
const { parentPort, workerData } = require('node:worker_threads');
const { port, host, from, count } = workerData;
let running = true;
let reopened = 0;
const open = new Set();
// Says once when every first attempt has connected or failed: the hog is then in place.
let settled = 0;
const settle = () => {
  if (++settled === count) parentPort.postMessage({ holding: true });
};
const hold = (first) => {
  if (!running) return;
  const socket = connect({ port, host, localAddress: from });
  open.add(socket);
  if (first) {
    let counted = false;
    const once = () => {
      if (!counted) settle();
      counted = true;
    };
    socket.once('connect', once);
    socket.once('error', once);
  }
  socket.on('error', () => {});
  socket.once('close', () => {
    open.delete(socket);
    reopened++;
    if (running) setImmediate(() => hold(false));
  });
};
for (let i = 0; i < count; i++) hold(true);
parentPort.on('message', () => {
  running = false;
  for (const socket of open) socket.destroy();
  parentPort.postMessage({ reopened });
});
`;

/**
 * Load 6: one client (127.0.0.2) keeps 1,600 idle connections open on the lab API, re-opening each one
 * the server closes; meanwhile another (127.0.0.3) opens up to 300 new connections one after the
 * other within 10 s, one request each. Reports how many of the other client's connections failed.
 */
async function benchIdleHog(server: BenchServer): Promise<void> {
  const before = server.rssNow();
  const api = new URL(server.api);
  const port = Number(api.port);
  const hog = new Worker(idleHogSource, {
    eval: true,
    workerData: { port, host: api.hostname, from: '127.0.0.2', count: 1600 },
  });
  await new Promise((resolve) => hog.once('message', resolve));
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let failed = 0;
  const deadline = Date.now() + 10_000;
  let sent = 0;
  while (sent < 300 && Date.now() < deadline) {
    sent++;
    const started = performance.now();
    const why = await new Promise<string>((resolve) => {
      const req = request(
        { host: api.hostname, port, path: '/data', localAddress: '127.0.0.3', agent: false, timeout: 2000 },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode === 200 ? '' : `${res.statusCode}`));
        },
      );
      req.on('timeout', () => req.destroy(new Error('no answer within 2 s')));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end();
    });
    if (why === '') latencies.push(performance.now() - started);
    else {
      failed++;
      failures[why] = (failures[why] ?? 0) + 1;
    }
  }
  hog.postMessage('stop');
  const { reopened } = await new Promise<{ reopened: number }>((resolve) => hog.once('message', resolve));
  await hog.terminate();
  latencies.sort((a, b) => a - b);
  const quantile = (q: number) => (latencies[Math.floor(latencies.length * q)] ?? Number.NaN).toFixed(0);
  benchLine(
    'load 6 (1,600 idle connections from one address)',
    server,
    before,
    `the other address: ${failed} of ${sent} new connections failed (${((100 * failed) / sent).toFixed(0)} %${failed ? `: ${JSON.stringify(failures)}` : ''}), ` +
      `p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms; the other client re-opened ${reopened} connections the server closed`,
  );
}

const scenarios: Array<[string, (server: BenchServer) => Promise<void>]> = [
  ['streams', benchStalledStreams],
  ['log', benchEventLog],
  ['sandboxes', benchSandboxFlood],
  ['throughput', benchThroughput],
  ['idle', benchIdleHog],
];

console.log(`abuse bench against ${root} (node --max-old-space-size=256)`);
await benchServerWarm(root);
for (const [name, scenario] of scenarios) {
  if (only && !only.includes(name)) continue;
  const server = await benchServerStart(root);
  try {
    await scenario(server);
  } finally {
    await server.stop();
  }
}
clearTimeout(watchdog);
