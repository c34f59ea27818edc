#!/usr/bin/env node
// `pnpm test:all` (and so `npm test`): runs the test phases one after another, stops at the first that
// fails (with its exit code), and ends with a table of each phase's wall time, so a slow run says where
// the time went. Plain Node: it runs before anything else is known to work. Extra arguments go to e2e.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
const phases = ['lint', 'types', 'unit', 'component', 'webkit', 'e2e', 'webkit-app'];

/** The pnpm that runs us (pnpm records itself in npm_execpath), else the one on PATH. */
function testPhasesPnpm() {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return ['pnpm'];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
}

function testPhasesSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs one phase; `undefined` when the workspace has no such script (component tests are optional). */
function testPhasesRun(pnpm, phase, args) {
  if (!scripts[`test:${phase}`]) return undefined;
  const started = performance.now();
  const result = spawnSync(pnpm[0], [...pnpm.slice(1), 'run', `test:${phase}`, ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return { code: result.status ?? 1, ms: performance.now() - started, error: result.error };
}

/** The table printed at the end: one row per phase, its wall time and how it ended. */
function testPhasesTable(rows) {
  const lines = rows.map(({ phase, ms, outcome }) => [
    phase,
    ms === undefined ? '—' : testPhasesSeconds(ms),
    outcome,
  ]);
  const total = rows.reduce((sum, { ms }) => sum + (ms ?? 0), 0);
  lines.push(['total', testPhasesSeconds(total), '']);
  const widths = [0, 1].map((i) => Math.max(...lines.map((line) => line[i].length)));
  return lines
    .map(([phase, wall, outcome]) =>
      `${phase.padEnd(widths[0])}  ${wall.padStart(widths[1])}  ${outcome}`.trimEnd(),
    )
    .join('\n');
}

function testPhasesMain() {
  const pnpm = testPhasesPnpm();
  const rows = [];
  // bootstrap.mjs (npm test) measures its own install step and hands it on.
  const installMs = Number(process.env.PLAYGROUND_INSTALL_MS);
  if (Number.isFinite(installMs) && installMs >= 0)
    rows.push({ phase: 'install', ms: installMs, outcome: 'ok' });
  let exitCode = 0;
  for (const phase of phases) {
    if (exitCode !== 0) {
      rows.push({ phase, ms: undefined, outcome: 'not run' });
      continue;
    }
    const run = testPhasesRun(pnpm, phase, phase === 'e2e' ? process.argv.slice(2) : []);
    if (!run) {
      rows.push({ phase, ms: undefined, outcome: `skipped (no test:${phase} script)` });
      continue;
    }
    if (run.error) console.error(`Could not run test:${phase}: ${run.error.message}`);
    exitCode = run.code;
    rows.push({ phase, ms: run.ms, outcome: run.code === 0 ? 'ok' : `FAILED (exit ${run.code})` });
  }
  console.log(`\nTest phases (wall time)\n${testPhasesTable(rows)}`);
  process.exitCode = exitCode;
}

testPhasesMain();
