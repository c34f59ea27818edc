import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { webDist, webRoot } from '../app/appOrigin.ts';

function webNewestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? webNewestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The SPA's build is stale when any source (the app's or a shared package's) is newer than it. */
export function webBuildIsStale(): boolean {
  let built: number;
  try {
    built = statSync(join(webDist, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  const sources = [webRoot, join(webRoot, '../../packages')];
  return sources.some((dir) => webNewestMtime(dir) > built);
}

/** Builds the SPA only when needed, so a warm `pnpm start` is fast. */
export async function webBuildEnsure(log: (line: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  log('Building the playground app…');
  const { build } = await import('vite');
  await build({ root: webRoot, logLevel: 'warn' });
}
