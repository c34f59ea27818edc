import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** Running Python servers: each one's port by name, and how to stop them all. */
export interface PythonServers {
  ports: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Debian's python3 first: its packages install into its dist-packages, which a pyenv or venv python3
 * earlier on PATH does not see.
 */
const pythonCandidates = ['/usr/bin/python3', 'python3'];

/**
 * The first python3 on which `versionScript` exits 0, with the words it printed (versions); null when
 * no python3 has the packages it imports.
 */
export function pythonServersFind(versionScript: string): { python: string; versions: string[] } | null {
  for (const python of pythonCandidates) {
    const result = spawnSync(python, ['-c', versionScript], { encoding: 'utf8' });
    if (result.status === 0) return { python, versions: result.stdout.trim().split(/\s+/) };
  }
  return null;
}

/**
 * Runs `script` (in a temporary directory holding `files`) with the configs as JSON on stdin-free argv:
 * argv[1] is a JSON object name → exported code. The script serves each on an ephemeral loopback port and
 * prints one line per name, `<index> <port>` or `<index> error <why>`; SIGTERM stops it all.
 */
export async function pythonServersStart(
  python: string,
  script: string,
  configs: Record<string, string>,
  label: string,
): Promise<PythonServers> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verified-python-'));
  const codes = Object.values(configs);
  writeFileSync(path.join(dir, 'configs.json'), JSON.stringify(codes));
  writeFileSync(path.join(dir, 'serve.py'), script);
  const child = spawn(python, [path.join(dir, 'serve.py'), path.join(dir, 'configs.json')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const byIndex = new Map<number, number>();
  try {
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = /^(\d+) (?:(\d+)|error (.*))$/.exec(line);
        if (!match) return;
        const [, index = '', port, why] = match;
        if (why !== undefined)
          reject(new Error(`${label} config ${index}: ${why}\n${codes[Number(index)]}\n${stderr}`));
        else byIndex.set(Number(index), Number(port));
        if (byIndex.size === codes.length) resolve();
      });
      child.once('exit', (code) => reject(new Error(`${label} exited with ${code}:\n${stderr}`)));
    });
  } catch (error) {
    await close();
    throw error;
  }
  const ports = new Map(Object.keys(configs).map((key, i) => [key, byIndex.get(i) ?? 0]));
  return { ports, close };
}
