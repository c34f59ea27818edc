/**
 * A workshop room under load: N participants join, each holds an event stream on their own sandbox,
 * applies a policy of their own and sends about one lab request a second. Asserts that nobody's stream
 * carries another participant's event and that no request fails; reports p99, requests/s and RSS
 * over time. With `--ramp`, raises N (by 100 up to 500, then by 200: 500, 700, 900, …) until p99
 * passes 100 ms or a request fails: the room's capacity on this machine. The server runs with the
 * largest `--participants-cap`, so the cap is never what stops the ramp.
 *
 *   tsx apps/api/bench/workshopLoad.bench.ts [--participants 200] [--seconds 300] [--ramp]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchServerStart, benchServerSupports, benchServerWarm, type BenchServer } from './benchServer.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const root = fileURLToPath(new URL('../../..', import.meta.url));
const participantsFirst = flag('participants', 200);
const seconds = flag('seconds', 300);
const ramp = process.argv.includes('--ramp');
/** The largest cap `--participants-cap` takes: the ramp stops there at the latest. */
const capMax = 5000;

interface Participant {
  index: number;
  sandbox: string;
  cookie: string;
  received: number;
  leaks: number;
  stop(): void;
}

async function participantJoin(server: BenchServer, index: number): Promise<Participant> {
  const joined = await fetch(`${server.app}/control/workshop/me`, {
    method: 'PUT',
    // Each participant is a machine of its own behind the "proxy" the bench trusts (the join limit
    // counts per address; this bench measures the room, not the limit).
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${index >> 16}.${(index >> 8) & 255}.${index & 255}`,
    },
    body: JSON.stringify({ name: `p${index}` }),
  });
  if (joined.status !== 201) throw new Error(`join ${index}: ${joined.status} ${await joined.text()}`);
  const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { sandbox } = (await joined.json()) as { sandbox: string };
  const policy = await fetch(`${server.app}/control/sandboxes/${sandbox}/policy`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ origin: { mode: 'list', allow: [`http://p${index}.test`] } }),
  });
  if (!policy.ok) throw new Error(`policy ${index}: ${policy.status}`);
  const controller = new AbortController();
  const participant: Participant = {
    index,
    sandbox,
    cookie,
    received: 0,
    leaks: 0,
    stop: () => controller.abort(),
  };
  const stream = await fetch(`${server.app}/control/sandboxes/${sandbox}/events`, {
    headers: { cookie },
    signal: controller.signal,
  });
  if (!stream.ok || !stream.body) throw new Error(`events ${index}: ${stream.status}`);
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of stream.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const event = JSON.parse(data) as { sandbox: string; origin: string | null };
          participant.received++;
          // Every event on my stream is mine: my sandbox, my page's origin.
          if (event.sandbox !== sandbox || event.origin !== `http://p${index}.test`) participant.leaks++;
        }
      }
    } catch {
      // Aborted at the end.
    }
  })();
  return participant;
}

interface RoundResult {
  participants: number;
  requests: number;
  failures: number;
  fiveHundreds: number;
  p50: number;
  p99: number;
  perSecond: number;
  received: number;
  leaks: number;
  rss: number[];
}

async function round(
  server: BenchServer,
  participants: Participant[],
  durationMs: number,
): Promise<RoundResult> {
  const latencies: number[] = [];
  let failures = 0;
  let fiveHundreds = 0;
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(Math.round(server.rssNow())), Math.max(1000, durationMs / 10));
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    participants.map(async (participant) => {
      // Spread the participants over the second, then one request a second each.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          const response = await fetch(`${server.api}/s/${participant.sandbox}/data?p=${participant.index}`, {
            headers: { origin: `http://p${participant.index}.test` },
          });
          await response.arrayBuffer();
          if (response.status >= 500) fiveHundreds++;
          if (response.headers.get('access-control-allow-origin') !== `http://p${participant.index}.test`)
            failures++;
        } catch {
          failures++;
        }
        latencies.push(performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (performance.now() - sent))));
      }
    }),
  );
  clearInterval(sampler);
  rss.push(Math.round(server.rssNow()));
  await new Promise((resolve) => setTimeout(resolve, 500)); // the last events reach their streams
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    participants: participants.length,
    requests: latencies.length,
    failures,
    fiveHundreds,
    p50: at(0.5),
    p99: at(0.99),
    perSecond: Math.round(latencies.length / ((performance.now() - started) / 1000)),
    received: participants.reduce((sum, p) => sum + p.received, 0),
    leaks: participants.reduce((sum, p) => sum + p.leaks, 0),
    rss,
  };
}

function report(result: RoundResult, seconds: number): void {
  console.log(
    `${result.participants} participants, ${seconds} s: ${result.perSecond} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.requests} requests, ${result.failures} failed, ${result.fiveHundreds} 5xx, ` +
      `${result.received} events streamed, ${result.leaks} cross-sandbox leaks; RSS MB over time ${result.rss.join(' → ')}`,
  );
}

const dir = await mkdtemp(join(tmpdir(), 'workshop-load-'));
await benchServerWarm(root);
let count = participantsFirst;
let failed = false;
try {
  for (;;) {
    const server = await benchServerStart(root, 512, 60_000, [
      '--workshop',
      '--workshop-file',
      join(dir, `room-${count}.json`),
      '--participants-cap',
      String(capMax),
      // Every simulated participant comes from 127.0.0.1: a per-address cap would measure itself.
      ...(benchServerSupports(root, '--connections-per-address')
        ? ['--connections-per-address', String(3 * capMax)]
        : []),
      '--trust-proxy',
      '127.0.0.1',
    ]);
    const participants: Participant[] = [];
    for (let i = 0; i < count; i++) participants.push(await participantJoin(server, i));
    const duration = ramp && count !== participantsFirst ? 30 : seconds;
    const result = await round(server, participants, duration * 1000);
    report(result, duration);
    console.log(
      `  load average ${loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    participants.forEach((p) => p.stop());
    await server.stop();
    if (result.leaks > 0 || result.fiveHundreds > 0 || result.failures > 0) failed = true;
    if (!ramp || result.p99 > 100 || failed) {
      if (ramp) console.log(`capacity: p99 passed 100 ms (or a request failed) at ${count} participants`);
      break;
    }
    if (count >= capMax) {
      console.log(`capacity: p99 stayed under 100 ms up to ${count} participants, the largest cap`);
      break;
    }
    count = Math.min(capMax, count + (count < 500 ? 100 : 200));
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
