import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  verifiedUpstreamProxy,
  verifiedUpstreamStub,
  type VerifiedProxy,
} from './verifiedUpstream.testkit.ts';

/** A running Caddy in front of the stub app: its port and how to stop both. */
export type CaddyServer = VerifiedProxy;

/** The Debian package that brings Caddy (`npm test` installs it). */
export const caddyServerPackage = 'caddy';

/** Caddy's version (`caddy version` prints `2.6.2` or `v2.6.2 h1:…`); null when there is no caddy. */
export function caddyServerVersion(): string | null {
  const result = spawnSync('caddy', ['version'], { encoding: 'utf8' });
  return result.status === 0 ? (/v?(\d+\.\d+\.\d+)/.exec(result.stdout ?? '')?.[1] ?? null) : null;
}

/** A Caddyfile around the export: no admin API, no HTTPS, one plain-HTTP site proxying to the stub app. */
function caddyServerConf(code: string, port: number, appPort: number): string {
  const site = code
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
  return `{
    admin off
    auto_https off
}

http://127.0.0.1:${port} {
${site}
    reverse_proxy 127.0.0.1:${appPort}
}
`;
}

/**
 * Starts Caddy (`caddy run --adapter caddyfile`) with `code` (an export, or any site-block lines) in
 * front of `upstream` (default: the stub app); everything Caddy writes stays in a temporary directory.
 */
export async function caddyServerStart(
  code: string,
  upstream: http.RequestListener = verifiedUpstreamStub,
): Promise<CaddyServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verified-caddy-'));
  const conf = path.join(dir, 'Caddyfile');
  const log = path.join(dir, 'caddy.log');
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  return verifiedUpstreamProxy(
    'Caddy',
    dir,
    upstream,
    (port, appPort) => {
      writeFileSync(conf, caddyServerConf(code, port, appPort));
      const out = openSync(log, 'w');
      const child = spawn('caddy', ['run', '--adapter', 'caddyfile', '--config', conf], {
        stdio: ['ignore', out, out],
        env,
      });
      closeSync(out);
      return child;
    },
    log,
    'SIGTERM',
  );
}
