import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliRun, cliSpawn } from './cliRun.testkit.ts';

// Every other CLI test runs cliMain in-process; these two prove the shell around it: a real process,
// its stdin, its exit code, and the `pnpm cors` script a user types.
describe('bin/cors.mjs', () => {
  it('reads stdin and exits with the code cliMain returns (1: a high finding)', async () => {
    const careless = JSON.stringify({ origin: { mode: 'reflect' }, credentials: true });
    const r = await cliSpawn(['audit'], { stdin: careless });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^HIGH +origin\.reflect-credentials/m);
    expect(r.stdout).toBe((await cliRun(['audit'], careless)).stdout);
  });

  it('`pnpm --silent cors` prints only the CLI output, with a file relative to where it was typed', async () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const file = 'apps/cli/src/__fixtures__/policy.json';
    const r = await cliSpawn(['--silent', 'cors', 'export', '--to', 'express', file], {
      command: ['pnpm'],
      cwd: root,
      timeoutMs: 30_000,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("origin: ['https://app.example.com']");
    expect(r.stdout).toBe(
      (await cliRun(['export', '--to', 'express', 'src/__fixtures__/policy.json'])).stdout,
    );
  }, 40_000);
});
