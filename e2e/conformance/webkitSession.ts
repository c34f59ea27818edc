import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { harnessMarker } from './harnessPage.ts';

/** The Debian packages that bring MiniBrowser (through WebKitWebDriver's dependencies) and a headless X. */
export const webkitSessionPackages = 'webkit2gtk-driver xvfb';

/** MiniBrowser: `WEBKIT_MINIBROWSER`, else where Debian's WebKitGTK puts it for this machine's triplet. */
export function webkitSessionMiniBrowser(): string | null {
  const given = process.env.WEBKIT_MINIBROWSER;
  if (given) return existsSync(given) ? given : null;
  const lib = '/usr/lib';
  const triplets = existsSync(lib) ? readdirSync(lib).filter((name) => name.endsWith('-linux-gnu')) : [];
  for (const triplet of triplets) {
    for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
      const candidate = path.join(lib, triplet, api, 'MiniBrowser');
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Why WebKit cannot run here (naming the packages to install), or null when it can. */
export function webkitSessionMissing(): string | null {
  const xvfb = spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
  if (webkitSessionMiniBrowser() !== null && xvfb) return null;
  return `WebKit conformance skipped: MiniBrowser or xvfb-run is missing (apt-get install ${webkitSessionPackages})`;
}

export interface WebkitSessionResult {
  /** Everything MiniBrowser wrote to stderr and stdout (console lines go to stderr). */
  output: string;
  /** The page logged its done marker before the time ran out. */
  done: boolean;
}

/**
 * Opens `url` in one MiniBrowser under a private X server and a throw-away home (no cache, cookie or
 * preflight state from any earlier run), and waits until the page logs `doneMarker` or
 * `timeoutMs` passes; then ends the whole process group.
 */
export function webkitSessionRun(
  url: string,
  timeoutMs: number,
  doneMarker: string = harnessMarker.done,
): Promise<WebkitSessionResult> {
  const miniBrowser = webkitSessionMiniBrowser();
  if (miniBrowser === null) return Promise.reject(new Error(webkitSessionMissing() ?? 'no MiniBrowser'));
  const home = mkdtempSync(path.join(os.tmpdir(), 'webkit-conformance-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CACHE_HOME: path.join(home, 'cache'),
    XDG_DATA_HOME: path.join(home, 'data'),
    XDG_CONFIG_HOME: path.join(home, 'config'),
  };
  const args = ['-a', miniBrowser, '--enable-write-console-messages-to-stdout=true', url];
  const child = spawn('xvfb-run', args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise<WebkitSessionResult>((resolve) => {
    let settled = false;
    const finish = (done: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      rmSync(home, { recursive: true, force: true });
      resolve({ output, done });
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(` ${doneMarker}\n`)) finish(true);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => finish(false));
  });
}
