import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Spare ports: clear of the defaults (5173/4000/5174) and of the e2e suite (15173/14000/15174).
 * BENCH_APP_PORT, BENCH_API_PORT and BENCH_OTHER_PORT override them.
 */
export const benchPorts = {
  app: Number(process.env.BENCH_APP_PORT ?? 35173),
  api: Number(process.env.BENCH_API_PORT ?? 34000),
  other: Number(process.env.BENCH_OTHER_PORT ?? 35174),
  stage: Number(process.env.BENCH_STAGE_PORT ?? 35175),
};
export const benchAppUrl = `http://localhost:${benchPorts.app}`;

/** Debian's Firefox ESR when present (driven over WebDriver BiDi, as in playwright.config.ts). */
export const benchFirefoxPath =
  process.env.FIREFOX_PATH ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);

/** Debian's Chromium when present (Playwright's downloads are not reachable everywhere). */
export const benchChromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

async function benchPlaygroundWait(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Starts the playground (serving the web build in apps/web/dist) and resolves once it answers. */
export async function benchPlaygroundStart(): Promise<ChildProcess> {
  // Another playground on these ports would answer in ours' place, with its own build: refuse to measure it.
  const taken = await fetch(`${benchAppUrl}/healthz`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`${benchAppUrl} is already taken: set BENCH_APP_PORT (and _API_, _OTHER_)`);
  const server = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    [
      'src/start/main.ts',
      ...Object.entries(benchPorts).flatMap(([name, port]) => [`--${name}-port`, `${port}`]),
    ],
    { cwd: join(repoRoot, 'apps/api'), stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await benchPlaygroundWait(`${benchAppUrl}/healthz`, 60_000);
  } catch (error) {
    server.kill('SIGTERM');
    throw error;
  }
  return server;
}
