import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('./browserCountFixture/playwright.config.ts', import.meta.url));
const cli = fileURLToPath(new URL('../../node_modules/@playwright/test/cli.js', import.meta.url));
const output = mkdtempSync(join(tmpdir(), 'browser-count-'));
afterAll(() => rmSync(output, { recursive: true, force: true }));

/** A real Playwright run of the fixture (its tests open no browser): exit code and what it printed. */
function browserCountRun(empty?: string, args: string[] = []): { status: number | null; stdout: string } {
  const env = { ...process.env, BROWSER_COUNT_OUTPUT: output, BROWSER_COUNT_EMPTY: empty ?? '' };
  const run = spawnSync(process.execPath, [cli, 'test', '-c', config, ...args], { env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout + run.stderr };
}

describe('browserCountReporter', () => {
  it('fails a run where a browser ran no test, naming it', { timeout: 60_000 }, () => {
    const run = browserCountRun('firefox');
    expect(run.stdout).toContain('chromium: 1 passed, 0 failed, 0 skipped');
    expect(run.stdout).toContain('firefox: 0 passed, 0 failed, 0 skipped');
    expect(run.stdout).toContain('Failing the run: firefox ran no test.');
    expect(run.status).toBe(1);
  });

  it(
    'passes a run where each browser asked for ran its tests, and expects only those --project names',
    { timeout: 60_000 },
    () => {
      const run = browserCountRun(undefined, ['--project=chromium']);
      expect(run.stdout).toContain('chromium: 1 passed, 0 failed, 0 skipped');
      expect(run.stdout).not.toContain('firefox:');
      expect(run.status).toBe(0);
    },
  );
});
