/**
 * How long `npm start` takes from the command to all three origins answering (the web app already
 * built, as after a first start). Spawns the README's command on spare ports, polls each origin.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const runs = Number(process.env.STARTUP_RUNS ?? 5);
const ports = { app: 25273, api: 24100, other: 25274, stage: 25275 };
const urls = [
  `http://localhost:${ports.app}/healthz`,
  `http://localhost:${ports.api}/data`,
  `http://localhost:${ports.other}/healthz`,
];

async function startupAnswers(url: string): Promise<boolean> {
  try {
    await fetch(url);
    return true;
  } catch {
    return false;
  }
}

async function startupOnce(): Promise<number> {
  const started = performance.now();
  const child = spawn(
    'npm',
    [
      'start',
      '--silent',
      '--',
      ...Object.entries(ports).flatMap(([name, port]) => [`--${name}-port`, `${port}`]),
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  try {
    for (;;) {
      const answers = await Promise.all(urls.map(startupAnswers));
      if (answers.every(Boolean)) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error('The playground did not answer within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const times: number[] = [];
await startupOnce(); // builds the app if sources changed since the last build
for (let i = 0; i < runs; i++) times.push(await startupOnce());
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
console.log(
  `startup: npm start → 3 origins answering: median ${(median / 1000).toFixed(2)} s, ` +
    `min ${((times[0] ?? 0) / 1000).toFixed(2)} s, max ${((times.at(-1) ?? 0) / 1000).toFixed(2)} s over ${runs} runs`,
);
