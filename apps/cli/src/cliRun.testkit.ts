import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliMain } from './main.ts';

const cliDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What one CLI run printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in this process (`cliMain`) with `stdin` as its whole input, as if typed in apps/cli.
 * Spawning is for the few tests of the real `bin/cors.mjs` (`cliSpawn`).
 */
export async function cliRun(args: string[], stdin = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain(args, {
    stdin,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...process.env, INIT_CWD: cliDir, NO_COLOR: '1' },
    cwd: cliDir,
  });
  return { code, stdout, stderr };
}

/**
 * Runs `command` (default: `node bin/cors.mjs`) with `args` in a child process, in `cwd` (default
 * apps/cli), with optional stdin. Killed after `timeoutMs` so a hang fails the test instead of stalling
 * the run.
 */
export function cliSpawn(
  args: string[],
  {
    stdin = '',
    command = [process.execPath, path.join(cliDir, 'bin/cors.mjs')],
    cwd = cliDir,
    timeoutMs = 15_000,
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const [file = process.execPath, ...first] = command;
    const child = spawn(file, [...first, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}
