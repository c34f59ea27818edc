#!/usr/bin/env node
// `pnpm test:all` (and so `npm test`): runs the test phases and ends with a table of each phase's wall
// time, so a slow run says where the time went. Two lanes run side by side: e2e, which mostly waits on
// browsers and servers (about half of two cores), and every other phase one after another, which fill
// the CPU e2e leaves idle. A lane stops at its first failing phase; the run exits with the first
// failure's code. Plain Node: it runs before anything else is known to work. Extra arguments go to e2e.
// TEST_PHASES_SERIAL=1 runs every phase in one lane, in order (e2e after the others).
//
// e2e is the longer lane, so it sets the run's wall time: the other lane runs at a lower CPU priority
// (nice 10, inherited by everything it starts), taking the CPU e2e leaves idle rather than slowing it.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts ?? {};
/**
 * How the lane beside e2e starts a phase: through `nice -n 10`, which lowers its own priority before it
 * starts the phase, so every process and thread of the phase has it from the start (Linux keeps a
 * priority per thread: one set on a process after it started reaches neither the threads it already
 * has nor, in a race, the children it already started). Without `nice` (Windows), as e2e does.
 */
const besidePrefix =
  process.platform !== 'win32' && spawnSync('nice', ['true'], { stdio: 'ignore' }).status === 0
    ? ['nice', '-n', '10']
    : [];
/** The order of the table, and of the one lane when serial. */
const phases = ['lint', 'types', 'unit', 'component', 'webkit', 'webkit-app', 'e2e'];
const serial = process.env.TEST_PHASES_SERIAL === '1';
const lanes = serial ? [phases] : [phases.filter((p) => p !== 'e2e'), ['e2e']];

/** The pnpm that runs us (pnpm records itself in npm_execpath), else the one on PATH. */
function testPhasesPnpm() {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return ['pnpm'];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
}

function testPhasesSeconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Runs one phase; `undefined` when the workspace has no such script (a phase may be absent). e2e's
 * output streams as it comes; another phase's is held and printed whole when it ends, so two lanes'
 * lines never interleave.
 */
function testPhasesRun(pnpm, phase, args, live) {
  if (!scripts[`test:${phase}`]) return Promise.resolve(undefined);
  const started = performance.now();
  return new Promise((resolve) => {
    const command = [...(live ? [] : besidePrefix), ...pnpm, 'run', `test:${phase}`, ...args];
    const child = spawn(command[0], command.slice(1), {
      cwd: root,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    const held = [];
    child.stdout?.on('data', (chunk) => held.push(chunk));
    child.stderr?.on('data', (chunk) => held.push(chunk));
    const finish = (code, error) => {
      const ms = performance.now() - started;
      if (!live) {
        process.stdout.write(`\n── test:${phase} (${testPhasesSeconds(ms)}) ──\n`);
        process.stdout.write(Buffer.concat(held));
      }
      if (error) console.error(`Could not run test:${phase}: ${error.message}`);
      resolve({ code, ms });
    };
    child.on('error', (error) => finish(1, error));
    child.on('close', (code) => finish(code ?? 1));
  });
}

/** The table printed at the end: one row per phase, its wall time and how it ended. */
function testPhasesTable(rows, totalMs) {
  const lines = rows.map(({ phase, ms, outcome }) => [
    phase,
    ms === undefined ? '—' : testPhasesSeconds(ms),
    outcome,
  ]);
  lines.push(['total', testPhasesSeconds(totalMs), serial ? '' : '(wall: e2e beside the others)']);
  const widths = [0, 1].map((i) => Math.max(...lines.map((line) => line[i].length)));
  return lines
    .map(([phase, wall, outcome]) =>
      `${phase.padEnd(widths[0])}  ${wall.padStart(widths[1])}  ${outcome}`.trimEnd(),
    )
    .join('\n');
}

/** Runs a lane's phases in order, stopping at its first failure; fills `results` by phase. */
async function testPhasesLane(pnpm, lane, results) {
  let failed = false;
  for (const phase of lane) {
    if (failed) {
      results.set(phase, { ms: undefined, outcome: 'not run' });
      continue;
    }
    const live = phase === 'e2e' || serial;
    const run = await testPhasesRun(pnpm, phase, phase === 'e2e' ? process.argv.slice(2) : [], live);
    if (!run) {
      results.set(phase, { ms: undefined, outcome: `skipped (no test:${phase} script)` });
      continue;
    }
    results.set(phase, {
      ms: run.ms,
      code: run.code,
      endedAt: performance.now(),
      outcome: run.code === 0 ? 'ok' : `FAILED (exit ${run.code})`,
    });
    failed = run.code !== 0;
  }
}

async function testPhasesMain() {
  const pnpm = testPhasesPnpm();
  const started = performance.now();
  const results = new Map();
  await Promise.all(lanes.map((lane) => testPhasesLane(pnpm, lane, results)));
  const rows = [];
  // bootstrap.mjs (npm test) measures its own install step and hands it on.
  const installMs = Number(process.env.PLAYGROUND_INSTALL_MS);
  const hasInstall = Number.isFinite(installMs) && installMs >= 0;
  if (hasInstall) rows.push({ phase: 'install', ms: installMs, outcome: 'ok' });
  for (const phase of phases) rows.push({ phase, ...results.get(phase) });
  const totalMs = performance.now() - started + (hasInstall ? installMs : 0);
  console.log(`\nTest phases (wall time)\n${testPhasesTable(rows, totalMs)}`);
  // The first failure in time decides the exit code.
  const failures = [...results.values()].filter((r) => r.code !== undefined && r.code !== 0);
  failures.sort((a, b) => a.endedAt - b.endedAt);
  process.exitCode = failures[0]?.code ?? 0;
}

await testPhasesMain();
