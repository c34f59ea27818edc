import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  verifiedUpstreamProxy,
  verifiedUpstreamStub,
  type VerifiedProxy,
} from './verifiedUpstream.testkit.ts';

/** A running Apache httpd in front of the stub app: its port and how to stop both. */
export type ApacheServer = VerifiedProxy;

/** The Debian package that brings Apache httpd (`npm test` installs it). */
export const apacheServerPackage = 'apache2';

const apacheBinary = '/usr/sbin/apache2';
const apacheModules = '/usr/lib/apache2/modules';

/** Apache's version (`apache2 -v`: `Server version: Apache/2.4.62 (Debian)`); null when there is none. */
export function apacheServerVersion(): string | null {
  if (!existsSync(apacheBinary)) return null;
  const result = spawnSync(apacheBinary, ['-v'], { encoding: 'utf8' });
  return /Apache\/(\S+)/.exec(result.stdout ?? '')?.[1] ?? null;
}

/**
 * httpd.conf around the export: only the modules it needs, one event MPM process, everything it writes
 * in `dir`, and every request proxied to the stub app after the export's headers and rewrites.
 */
function apacheServerConf(code: string, dir: string, port: number, appPort: number): string {
  const modules = ['mpm_event', 'authz_core', 'setenvif', 'headers', 'rewrite', 'proxy', 'proxy_http']
    .map((name) => `LoadModule ${name}_module ${apacheModules}/mod_${name}.so`)
    .join('\n');
  return `${modules}
ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${path.join(dir, 'httpd.pid')}
ErrorLog ${path.join(dir, 'error.log')}
LogLevel warn
StartServers 1
ServerLimit 1
ThreadsPerChild 16
MaxRequestWorkers 16
Mutex file:${dir}
DefaultRuntimeDir ${dir}

${code}

ProxyPass / http://127.0.0.1:${appPort}/
`;
}

/**
 * Starts Apache httpd (`apache2 -DFOREGROUND -f <tmpdir>/httpd.conf`) with `code` (an export, or any
 * server-context configuration) in front of `upstream` (default: the stub app).
 */
export async function apacheServerStart(
  code: string,
  upstream: http.RequestListener = verifiedUpstreamStub,
): Promise<ApacheServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'verified-apache-'));
  const conf = path.join(dir, 'httpd.conf');
  // Debian's apache2 refuses to start without these (its apache2ctl normally sets them).
  const env = {
    ...process.env,
    APACHE_RUN_USER: 'www-data',
    APACHE_RUN_GROUP: 'www-data',
    APACHE_RUN_DIR: dir,
  };
  return verifiedUpstreamProxy(
    'Apache httpd',
    dir,
    upstream,
    (port, appPort) => {
      writeFileSync(conf, apacheServerConf(code, dir, port, appPort));
      return spawn(apacheBinary, ['-DFOREGROUND', '-f', conf], { stdio: 'ignore', env });
    },
    path.join(dir, 'error.log'),
    'SIGTERM',
  );
}
