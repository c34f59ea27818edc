import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  verifiedUpstreamProxy,
  verifiedUpstreamStub,
  type VerifiedProxy,
} from './verifiedUpstream.testkit.ts';

/** A running nginx in front of the stub app: its port and how to stop both. */
export type NginxServer = VerifiedProxy;

/** The Debian package that brings nginx (`npm test` installs it). */
export const nginxServerPackage = 'nginx';

/** nginx's version (`nginx -v` prints `nginx version: nginx/1.22.1` on stderr); null when there is no nginx. */
export function nginxServerVersion(): string | null {
  for (const bin of ['nginx', '/usr/sbin/nginx']) {
    const result = spawnSync(bin, ['-v'], { encoding: 'utf8' });
    const version = /nginx\/(\S+)/.exec(`${result.stderr ?? ''}${result.stdout ?? ''}`)?.[1];
    if (result.status === 0 && version) return version;
  }
  return null;
}

/**
 * Why the nginx tests cannot run here (no nginx), warned once under `what`; null when nginx is present.
 * They are skipped then, saying so, rather than failing on a machine without the package.
 */
export function nginxServerMissing(what: string): string | null {
  if (nginxServerVersion()) return null;
  const missing = `no nginx on PATH or in /usr/sbin: install the Debian package ${nginxServerPackage} (npm test does so with apt-get)`;
  console.warn(`SKIPPED ${what}: ${missing}`);
  return missing;
}

function nginxServerBinary(): string {
  return spawnSync('nginx', ['-v']).status === 0 ? 'nginx' : '/usr/sbin/nginx';
}

/**
 * nginx.conf around the export: its first part (maps) goes into `http { }`, its second part (the
 * locations, after the `# server { } context` line) into a `server { }` on `port`, and `app` is the
 * upstream its `proxy_pass http://app;` names. Everything nginx writes stays in `dir`.
 */
function nginxServerConf(code: string, dir: string, port: number, appPort: number): string {
  const split = code.indexOf('# server { } context');
  const httpPart = code.slice(0, split);
  const serverPart = code.slice(split);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${path.join(dir, `${name}_temp`)};`)
    .join('\n');
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
    access_log off;
${temp}
    upstream app { server 127.0.0.1:${appPort}; }
${httpPart}
    server {
        listen 127.0.0.1:${port};
${serverPart}
    }
}
`;
}

/**
 * Starts nginx (`nginx -p <tmpdir> -c nginx.conf`) with `code` (an export, or any configuration split
 * the same way; relative paths are under the temporary prefix) in front of `app` (default: the stub app).
 */
export async function nginxServerStart(
  code: string,
  upstream: http.RequestListener = verifiedUpstreamStub,
): Promise<NginxServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verified-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user: they must reach a cache under the prefix.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'logs'));
  const conf = path.join(dir, 'nginx.conf');
  const log = path.join(dir, 'error.log');
  // SIGQUIT: graceful shutdown of the master and its worker.
  return verifiedUpstreamProxy(
    'nginx',
    dir,
    upstream,
    (port, appPort) => {
      writeFileSync(conf, nginxServerConf(code, dir, port, appPort));
      return spawn(nginxServerBinary(), ['-p', dir, '-e', log, '-c', conf], { stdio: 'ignore' });
    },
    log,
    'SIGQUIT',
  );
}
