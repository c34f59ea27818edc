import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** WebKitGTK's demo browser, which WebKitWebDriver launches (Debian's `webkit2gtk-driver` depends on it). */
export const webKitMiniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Debian's packages that bring the driver, MiniBrowser and a virtual display. */
export const webKitPackages = 'webkit2gtk-driver xvfb';

/** The session capabilities that make WebKitWebDriver drive MiniBrowser. */
export const webKitCapabilities = {
  'webkitgtk:browserOptions': { binary: webKitMiniBrowser, args: ['--automation'] },
};

function webKitOnPath(bin: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && existsSync(`${dir}/${bin}`));
}

/** Why WebKit cannot run here (naming the packages to install), or null when it can. */
export function webKitDriverMissing(): string | null {
  const missing = ['WebKitWebDriver', 'xvfb-run'].filter((bin) => !webKitOnPath(bin));
  if (!existsSync(webKitMiniBrowser)) missing.push('MiniBrowser');
  return missing.length === 0 ? null : `${missing.join(', ')} not found: apt-get install ${webKitPackages}`;
}

export interface WebKitDriver {
  /** The driver's base URL, e.g. `http://127.0.0.1:25901`. */
  url: string;
  stop(): Promise<void>;
}

/** Resolves once the driver answers `/status` as ready; rejects when it exits first or `timeoutMs` runs out. */
async function webKitDriverReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!exited && Date.now() < deadline) {
    try {
      const answer = (await (await fetch(`${url}/status`)).json()) as { value?: { ready?: boolean } };
      if (answer.value?.ready) return;
    } catch {
      // Not listening yet. The driver prints nothing when it is ready, so asking again is the only
      // signal there is; the interval only spares the CPU, the condition decides.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    exited ? 'WebKitWebDriver exited before it was ready' : 'WebKitWebDriver never became ready',
  );
}

/** Starts WebKitWebDriver on a virtual display (xvfb-run) on `port`, in a process group of its own. */
export async function webKitDriverStart(port: number, timeoutMs = 20_000): Promise<WebKitDriver> {
  const child = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The group: xvfb-run, Xvfb, the driver and any MiniBrowser it launched.
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  try {
    await webKitDriverReady(url, child, timeoutMs);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}${stderr ? `: ${stderr.trim()}` : ''}`, { cause: error });
  }
  return { url, stop };
}
