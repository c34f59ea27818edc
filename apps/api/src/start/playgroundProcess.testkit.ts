/**
 * A playground in a process of its own, for tests that crash it (`kill -9`) or watch a start fail:
 * the real `playgroundStart` (no SPA) or the real `main.ts`, on free loopback ports. Run as a script,
 * this file is that process: it starts the playground and prints `ready <config>` once it listens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { PlaygroundConfig } from '@cors-playground/protocol';
import { freePort } from './freePort.testkit.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundStart } from './playgroundStart.ts';

const self = fileURLToPath(import.meta.url);
const apiDir = fileURLToPath(new URL('../..', import.meta.url));
const mainPath = fileURLToPath(new URL('./main.ts', import.meta.url));

export interface PlaygroundProcess {
  config: PlaygroundConfig;
  /** Kills the process with `SIGKILL` (a crash: nothing is flushed) and resolves once it is gone. */
  crash(): Promise<void>;
}

export interface PlaygroundProcessExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();

async function playgroundProcessPorts(): Promise<string[]> {
  const ports = {
    app: await freePort(),
    api: await freePort(),
    other: await freePort(),
    stage: await freePort(),
  };
  const flags = Object.entries(ports).flatMap(([name, port]) => [`--${name}-port`, `${port}`]);
  return [...flags, '--public-host', '127.0.0.1'];
}

function playgroundProcessSpawn(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // The user's directory is what the test says, not what the shell that ran the tests had.
  const { PLAYGROUND_USER_DIR: _userDir, INIT_CWD: _initCwd, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: apiDir,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

function playgroundProcessExit(child: ChildProcess): Promise<PlaygroundProcessExit> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts a playground process with `flags` (ports are added) and `env`; resolves once it listens. */
export async function playgroundProcessStart(
  flags: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<PlaygroundProcess> {
  for (let attempt = 1; ; attempt++) {
    const child = playgroundProcessSpawn(self, [...(await playgroundProcessPorts()), ...flags], env);
    const exit = playgroundProcessExit(child);
    const ready = await new Promise<PlaygroundConfig | undefined>((resolve) => {
      let line = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        line += chunk.toString();
        const match = /^ready (.*)$/m.exec(line);
        if (match) resolve(JSON.parse(match[1] ?? '{}') as PlaygroundConfig);
      });
      void exit.then(() => resolve(undefined));
    });
    if (ready) {
      const crash = async () => {
        child.kill('SIGKILL');
        await exit;
      };
      return { config: ready, crash };
    }
    const { stderr } = await exit;
    // A port free when asked can be taken by a test running alongside: try again with fresh ones.
    if (!/already in use/.test(stderr) || attempt === 5)
      throw new Error(`The playground did not start: ${stderr}`);
  }
}

/** Runs the real `main.ts` with `flags` (ports are added) and `env`, and resolves when it exits. */
export async function playgroundProcessMain(
  flags: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<PlaygroundProcessExit> {
  return playgroundProcessExit(
    playgroundProcessSpawn(mainPath, [...(await playgroundProcessPorts()), ...flags], env),
  );
}

/** Kills every process this kit started that is still running. */
export function playgroundProcessKillAll(): void {
  for (const child of running) child.kill('SIGKILL');
}

export interface PlaygroundProcessReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request from `localAddress` (127.0.0.2, 127.0.0.3 … act as other hosts), without keep-alive:
 * a crashed server's sockets never linger in a pool.
 */
export function playgroundProcessRequest(
  url: string,
  options: { method?: string; body?: unknown; cookie?: string; localAddress?: string } = {},
): Promise<PlaygroundProcessReply> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? 'GET',
        localAddress: options.localAddress,
        agent: false,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

if (process.argv[1] === self) {
  const options = playgroundOptionsParse(process.argv.slice(2));
  playgroundStart(options, 'none').then(
    (playground) => console.log(`ready ${JSON.stringify(playground.config)}`),
    (error: unknown) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}
