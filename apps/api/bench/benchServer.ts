/**
 * A playground server from any checkout, as `npm start` runs it but with a 256 MB heap, on free
 * loopback ports, with its resident memory sampled from /proc. Benchmarks compare checkouts this way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../src/start/freePort.testkit.ts';

export interface BenchServer {
  /** Where to connect (loopback addresses). */
  app: string;
  api: string;
  /** The app origin as the playground names it: the origin its initial policy allows. */
  appOrigin: string;
  pid: number;
  /** Resident set size now, in MB (0 once the process is gone). */
  rssNow(): number;
  /** Highest RSS seen since start or the last `rssPeakReset`, in MB. */
  rssPeak(): number;
  rssPeakReset(): void;
  /** Why it exited, if it did (e.g. `signal SIGABRT: JavaScript heap out of memory`). */
  exited(): string | undefined;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
// A run that ends early (a watchdog, an error) must not leave servers behind.
process.once('exit', () => children.forEach((child) => child.kill('SIGKILL')));

/** Kills `child` when this process exits, however it exits. */
export function benchServerTrack(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

/** main.ts moved into src/start/; older checkouts have it at the top of src/. */
function benchServerMain(root: string): string {
  const candidates = ['apps/api/src/start/main.ts', 'apps/api/src/main.ts'].map((path) => join(root, path));
  const main = candidates.find((path) => existsSync(path));
  if (!main) throw new Error(`No apps/api main.ts under ${root}`);
  return main;
}

function benchServerRss(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

async function benchServerWait(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('the server exited at start');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Starts `<root>/apps/api/…/main.ts` with `node --max-old-space-size=<heapMb> --import tsx`. The
 * SPA must be built already (a first plain start builds it: see `benchServerWarm`).
 */
export async function benchServerStart(
  root: string,
  heapMb = 256,
  startTimeoutMs = 60_000,
  /** Further command-line flags, e.g. `--workshop`. */
  flags: string[] = [],
): Promise<BenchServer> {
  const [app, api, other, stage] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const main = benchServerMain(root);
  const args = [`--max-old-space-size=${heapMb}`, '--import', 'tsx', main];
  args.push('--app-port', `${app}`, '--api-port', `${api}`, '--other-port', `${other}`);
  // Checkouts from before the challenge stage have no --stage-port (and no stage to collide on).
  const optionsFile = join(root, 'apps/api/src/start/playgroundOptions.ts');
  if (existsSync(optionsFile) && readFileSync(optionsFile, 'utf8').includes('--stage-port')) {
    args.push('--stage-port', `${stage}`);
  }
  args.push(...flags);
  const child = spawn(process.execPath, args, {
    cwd: join(root, 'apps/api'),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  benchServerTrack(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, benchServerRss(child.pid))), 50);
  let exitReason: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      clearInterval(sampler);
      const why = /heap out of memory|Allocation failed[^\n]*/.exec(stderr)?.[0];
      exitReason = `${signal ? `signal ${signal}` : `exit code ${code}`}${why ? `: ${why}` : ''}`;
      resolve();
    }),
  );
  const server: BenchServer = {
    app: `http://127.0.0.1:${app}`,
    api: `http://127.0.0.1:${api}`,
    appOrigin: `http://localhost:${app}`,
    pid: child.pid ?? 0,
    rssNow: () => benchServerRss(child.pid),
    rssPeak: () => Math.max(peak, benchServerRss(child.pid)),
    rssPeakReset: () => (peak = benchServerRss(child.pid)),
    exited: () => exitReason,
    stop: async () => {
      if (exitReason === undefined) child.kill('SIGKILL');
      await exited;
    },
  };
  try {
    await benchServerWait(`${server.app}/healthz`, child, startTimeoutMs);
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n${stderr}`, { cause: error });
  }
  return server;
}

/** CPU time (user + system) a process has used so far, in ms. */
export function benchServerCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Starts and stops a server once with no heap limit, so it builds the SPA if its sources changed. */
export async function benchServerWarm(root: string): Promise<void> {
  const server = await benchServerStart(root, 4096, 300_000);
  await server.stop();
}

/** Whether the checkout at `root` takes a command-line flag (a bench may run against an older one). */
export function benchServerSupports(root: string, flag: string): boolean {
  const optionsFile = join(root, 'apps/api/src/start/playgroundOptions.ts');
  return existsSync(optionsFile) && readFileSync(optionsFile, 'utf8').includes(`'${flag} `);
}
