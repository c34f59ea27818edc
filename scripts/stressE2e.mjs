#!/usr/bin/env node
// `pnpm test:stress`: the e2e suite three times in a row while the CPUs are kept busy, because a test
// that passes only on a quiet machine is a race waiting for CI. Stops at the first failing run.
// Usage: pnpm test:stress [--runs N] [playwright args…] (e.g. a spec file, --project=chromium).
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv.splice(runsAt, 2)[1]) : 3;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('--runs must be a whole number of at least 1.');
  process.exit(2);
}
const cpus = availableParallelism();

/**
 * Keeps every CPU busy until stopped: `stress-ng --cpu N` when installed (Debian's stress-ng), else
 * copies of the unit suite in a loop, which load the machine the way a busy CI neighbour does.
 */
function stressLoad() {
  const hasStressNg = spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
  if (hasStressNg) {
    console.log(`Load: stress-ng --cpu ${cpus}`);
    return [spawn('stress-ng', ['--cpu', String(cpus), '--quiet'], { stdio: 'ignore', detached: true })];
  }
  console.log('Load: stress-ng not found (apt-get install stress-ng); running two copies of the unit suite');
  const loop = 'while true; do pnpm exec vitest run --reporter=dot >/dev/null 2>&1; done';
  return [0, 1].map(() => spawn('sh', ['-c', loop], { cwd: root, stdio: 'ignore', detached: true }));
}

function stressStop(children) {
  for (const child of children) {
    // Each load runs in its own process group: end the group, so no stress worker or vitest outlives it.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/** One full e2e run; resolves with its exit code and the failed tests' titles from Playwright's list. */
function stressRun() {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['exec', 'playwright', 'test', ...argv], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const failures = new Set();
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      // The list reporter's summary names each failed test on a line like "  [firefox] › e2e/a.spec.ts:3:1 › …".
      for (const line of lines) if (/^\s+\[[\w-]+\] › /.test(line)) failures.add(line.trim());
    });
    child.on('close', (code) => resolve({ code: code ?? 1, failures: [...failures] }));
  });
}

const load = stressLoad();
process.on('SIGINT', () => {
  stressStop(load);
  process.exit(130);
});
const results = [];
let failed = false;
try {
  for (let run = 1; run <= runs && !failed; run++) {
    const started = Date.now();
    console.log(`\n=== stress run ${run}/${runs} ===`);
    const { code, failures } = await stressRun();
    const seconds = Math.round((Date.now() - started) / 1000);
    results.push({ run, seconds, code, failures });
    failed = code !== 0;
  }
} finally {
  stressStop(load);
}

console.log('\n=== test:stress summary ===');
for (const { run, seconds, code, failures } of results) {
  const what = code === 0 ? 'passed' : `FAILED (exit ${code}, ${failures.length} failed tests)`;
  console.log(`run ${run}: ${Math.floor(seconds / 60)} min ${seconds % 60} s, ${what}`);
  for (const failure of failures) console.log(`  ${failure}`);
}
if (failed) console.log(`Stopped at the first failing run (${results.length} of ${runs}).`);
process.exit(failed ? 1 : 0);
