import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifiedRouteStatus } from './verifiedExport.testkit.ts';

/** A running nginx in front of the stub app: its port and how to stop both. */
export interface NginxServer {
  port: number;
  close(): Promise<void>;
}

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

/** A free loopback port: nginx cannot listen on port 0 and say which port it got. */
async function nginxServerFreePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The app nginx proxies to by default: the same routes as every verified server, and no CORS headers of its own. */
const nginxServerStub: http.RequestListener = (req, res) => {
  req.resume();
  const status = verifiedRouteStatus(req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/');
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end('{}');
};

async function nginxServerApp(listener: http.RequestListener): Promise<http.Server> {
  const app = http.createServer(listener);
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  return app;
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

async function nginxServerReady(port: number, child: { exitCode: number | null }, log: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    if (child.exitCode !== null || Date.now() > deadline) {
      let detail = '';
      try {
        detail = readFileSync(log, 'utf8');
      } catch {
        // nginx may fail before it opens its log.
      }
      throw new Error(`nginx did not start (exit ${child.exitCode}):\n${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Starts nginx (`nginx -p <tmpdir> -c nginx.conf`) with `code` (an export, or any configuration split
 * the same way; relative paths are under the temporary prefix) in front of `app` (default: the stub app).
 */
export async function nginxServerStart(
  code: string,
  upstream: http.RequestListener = nginxServerStub,
): Promise<NginxServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verified-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user: they must reach a cache under the prefix.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'logs'));
  const app = await nginxServerApp(upstream);
  const port = await nginxServerFreePort();
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, nginxServerConf(code, dir, port, (app.address() as AddressInfo).port));
  const log = path.join(dir, 'error.log');
  const child = spawn(nginxServerBinary(), ['-p', dir, '-e', log, '-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await nginxServerReady(port, child, log);
  } catch (error) {
    child.kill('SIGTERM');
    app.close();
    throw error;
  }
  return {
    port,
    async close() {
      // SIGQUIT: graceful shutdown of the master and its worker.
      child.kill('SIGQUIT');
      await exited;
      await new Promise<void>((resolve) => app.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
