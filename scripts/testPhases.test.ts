import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const workspaces: string[] = [];

/** A throwaway workspace with the real runner and the given test:* scripts; every script leaves a mark. */
async function testPhasesWorkspace(scripts: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'test-phases-'));
  workspaces.push(dir);
  await mkdir(path.join(dir, 'scripts'));
  await copyFile(path.join(import.meta.dirname, 'testPhases.mjs'), path.join(dir, 'scripts/testPhases.mjs'));
  const marked = Object.fromEntries(
    Object.entries(scripts).map(([name, exit]) => [
      name,
      `node -e "require('fs').writeFileSync('ran-${name.slice(5)}', process.argv.slice(1).join(' ')); process.exit(${exit})" --`,
    ]),
  );
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'phases', scripts: marked }));
  return dir;
}

function testPhasesRun(
  dir: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/testPhases.mjs', ...args], {
      cwd: dir,
      env: { ...process.env, PLAYGROUND_INSTALL_MS: '1500', TEST_PHASES_SERIAL: '', ...env },
      // The phases' own output (pnpm's banners) is noise here: only the table is looked at.
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

async function testPhasesRan(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.startsWith('ran-')).sort();
}

afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('scripts/testPhases.mjs', () => {
  it('runs the phases in order, skips a missing one, hands its arguments to e2e and exits with its code', async () => {
    const dir = await testPhasesWorkspace({
      'test:e2e': '3',
      'test:unit': '0',
      'test:lint': '0',
      'test:types': '0',
    });
    const r = await testPhasesRun(dir, ['--grep', 'x']);
    expect(r.code).toBe(3);
    expect(await testPhasesRan(dir)).toEqual(['ran-e2e', 'ran-lint', 'ran-types', 'ran-unit']);
    expect(await readFile(path.join(dir, 'ran-e2e'), 'utf8')).toBe('--grep x');
    const table = r.stdout.slice(r.stdout.indexOf('Test phases (wall time)')).trimEnd().split('\n').slice(1);
    expect(table.map((line) => line.split(/\s+/)[0])).toEqual([
      'install',
      'lint',
      'types',
      'unit',
      'component',
      'webkit',
      'webkit-app',
      'e2e',
      'total',
    ]);
    expect(table[0]).toMatch(/^install +1\.5 s +ok$/);
    expect(table[4]).toMatch(/^component +— +skipped \(no test:component script\)$/);
    expect(table[5]).toMatch(/^webkit +— +skipped \(no test:webkit script\)$/);
    expect(table[6]).toMatch(/^webkit-app +— +skipped \(no test:webkit-app script\)$/);
    expect(table[7]).toMatch(/^e2e +\d+\.\d s +FAILED \(exit 3\)$/);
  }, 60_000);

  it('stops a lane at its first failing phase; e2e, in its own lane, still runs', async () => {
    const dir = await testPhasesWorkspace({
      'test:lint': '4',
      'test:types': '0',
      'test:unit': '0',
      'test:e2e': '0',
    });
    const r = await testPhasesRun(dir);
    expect(r.code).toBe(4);
    expect(await testPhasesRan(dir)).toEqual(['ran-e2e', 'ran-lint']);
    expect(r.stdout).toMatch(/^lint +\d+\.\d s +FAILED \(exit 4\)$/m);
    expect(r.stdout).toMatch(/^unit +— +not run$/m);
    expect(r.stdout).toMatch(/^e2e +\d+\.\d s +ok$/m);
  }, 60_000);

  it('runs the lane beside e2e at a lower CPU priority, e2e and what the phases start at the normal one', async () => {
    const dir = await testPhasesWorkspace({});
    // Each phase starts a child of its own and writes down the priority that child runs at.
    const priority = (name: string) =>
      `node -e "require('child_process').execFileSync(process.execPath, ['-e', 'require(\\'fs\\').writeFileSync(\\'priority-${name}\\', String(require(\\'os\\').getPriority()))'])"`;
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'phases',
        scripts: { 'test:unit': priority('unit'), 'test:e2e': priority('e2e') },
      }),
    );
    const base = os.getPriority();
    const r = await testPhasesRun(dir);
    expect(r.code).toBe(0);
    const read = (name: string) => readFile(path.join(dir, `priority-${name}`), 'utf8');
    expect(Number(await read('e2e'))).toBe(base);
    expect(Number(await read('unit'))).toBe(Math.min(base + 10, 19));
  }, 60_000);

  it('with TEST_PHASES_SERIAL=1 runs one lane and stops at the first failure', async () => {
    const dir = await testPhasesWorkspace({
      'test:lint': '4',
      'test:types': '0',
      'test:unit': '0',
      'test:e2e': '0',
    });
    const r = await testPhasesRun(dir, [], { TEST_PHASES_SERIAL: '1' });
    expect(r.code).toBe(4);
    expect(await testPhasesRan(dir)).toEqual(['ran-lint']);
    expect(r.stdout).toMatch(/^e2e +— +not run$/m);
  }, 60_000);
});
