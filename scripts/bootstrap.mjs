#!/usr/bin/env node
// The README's two commands land here (`npm start`, `npm test`), so that a fresh clone with only
// Node >= 20.19 works: this script installs pnpm, the dependencies and (for tests) the browsers when
// they are missing, then hands over to the workspace scripts. Plain Node: no dependency may be
// assumed yet.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The install phase of `npm test`'s timing table is everything this script does before the tests.
const started = performance.now();
const pnpmVersion = '12.21.0';
const [command, ...rest] = process.argv.slice(2);

function bootstrapFail(message) {
  console.error(message);
  process.exit(1);
}

function bootstrapCheckNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    bootstrapFail(`CORS Playground needs Node >= 20.19 (this is ${process.versions.node}).`);
  }
}

function bootstrapHas(bin, args = ['--version']) {
  return spawnSync(bin, args, { stdio: 'ignore', shell: process.platform === 'win32' }).status === 0;
}

/** pnpm from PATH when present, else a pinned one through npx (no global install, no root needed). */
function bootstrapPnpm() {
  if (bootstrapHas('pnpm')) return ['pnpm'];
  console.log(`pnpm not found: using pnpm@${pnpmVersion} through npx.`);
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

function bootstrapRun(argv, options = {}) {
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...options,
  });
  if (result.error) bootstrapFail(`Could not run ${argv.join(' ')}: ${result.error.message}`);
  return result.status ?? 1;
}

function bootstrapDepsStale() {
  const marker = join(root, 'node_modules', '.modules.yaml');
  if (!existsSync(marker)) return true;
  const installed = statSync(marker).mtimeMs;
  return ['pnpm-lock.yaml', 'package.json'].some((file) => statSync(join(root, file)).mtimeMs > installed);
}

function bootstrapDeps(pnpm) {
  if (!bootstrapDepsStale()) return;
  console.log('Installing dependencies…');
  if (bootstrapRun([...pnpm, 'install', '--frozen-lockfile']) !== 0) bootstrapFail('pnpm install failed.');
}

/**
 * Installs missing Debian packages with apt-get (as root, or through passwordless sudo); otherwise says
 * which command would. `missing` lists [package, reason] pairs.
 */
function bootstrapApt(missing) {
  const names = missing.map(([name]) => name);
  if (!bootstrapHas('apt-get', ['--version'])) return false;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : bootstrapHas('sudo', ['-n', 'true']) ? ['sudo', '-n'] : null;
  if (!sudo) {
    console.log(`Install them with: sudo apt-get install -y ${names.join(' ')}`);
    return false;
  }
  console.log(`Installing ${names.join(', ')} with apt-get (${missing.map(([, why]) => why).join('; ')})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (bootstrapRun([...sudo, 'apt-get', 'update'], { env }) !== 0) bootstrapFail('apt-get update failed.');
  if (bootstrapRun([...sudo, 'apt-get', 'install', '-y', ...names], { env }) !== 0) {
    bootstrapFail('apt-get install failed.');
  }
  return true;
}

/** Debian's browsers are what the e2e suite uses; install them when missing and apt-get is there. */
function bootstrapBrowsers() {
  const missing = [
    ['chromium', '/usr/bin/chromium'],
    ['firefox-esr', '/usr/bin/firefox-esr'],
  ].filter(([, path]) => !existsSync(path));
  if (missing.length === 0 || process.env.CHROMIUM_PATH || process.env.FIREFOX_PATH) return;
  if (!bootstrapApt(missing.map(([name]) => [name, 'the e2e browsers']))) {
    console.log(
      `No ${missing.map(([name]) => name).join(' / ')} installed by apt-get: Playwright's own browsers will be used.`,
    );
  }
}

/**
 * The verified-export unit tests run the generated configuration on real servers: nginx, Apache httpd,
 * Caddy, and Django, Flask and FastAPI apps with their CORS packages. Without them those tests are
 * skipped, saying which package is missing.
 */
function bootstrapExportServers() {
  const python = '/usr/bin/python3';
  const imports = (modules) => bootstrapHas(python, ['-c', `import ${modules}`]);
  const missing = [
    ['nginx', bootstrapHas('nginx', ['-v']) || existsSync('/usr/sbin/nginx')],
    ['apache2', existsSync('/usr/sbin/apache2')],
    ['caddy', bootstrapHas('caddy', ['version'])],
    ['python3-django', imports('django')],
    ['python3-django-cors-headers', imports('corsheaders')],
    ['python3-flask-cors', imports('flask, flask_cors')],
    ['python3-fastapi', imports('fastapi')],
    ['python3-uvicorn', imports('uvicorn')],
  ].filter(([, present]) => !present);
  if (missing.length === 0) return;
  if (bootstrapApt(missing.map(([name]) => [name, 'verified exports']))) {
    // The tests start their own servers on free ports; the services Debian may have started are not needed.
    const services = ['nginx', 'apache2', 'caddy'].filter((name) => missing.some(([m]) => m === name));
    if (services.length > 0) {
      console.log(
        `Debian may have started ${services.join(', ')} as a service on port 80: \`sudo systemctl disable --now ${services.join(' ')}\` stops it.`,
      );
    }
  } else {
    console.log(
      `Without ${missing.map(([name]) => name).join(', ')} the verified-export tests for them are skipped.`,
    );
  }
}

/**
 * The WebKit conformance run (`test:webkit`) drives WebKitGTK's MiniBrowser, which webkit2gtk-driver
 * brings with it, under xvfb-run. Without them that run is skipped, naming the packages.
 */
function bootstrapWebkit() {
  const missing = [
    ['webkit2gtk-driver', bootstrapHas('WebKitWebDriver', ['--help'])],
    ['xvfb', bootstrapHas('xvfb-run', ['--help'])],
  ].filter(([, present]) => !present);
  if (missing.length === 0) return;
  if (!bootstrapApt(missing.map(([name]) => [name, 'the WebKit conformance run']))) {
    console.log(`Without ${missing.map(([name]) => name).join(', ')} the WebKit conformance run is skipped.`);
  }
}

bootstrapCheckNode();
const pnpm = bootstrapPnpm();
bootstrapDeps(pnpm);
switch (command) {
  case 'start':
    {
      // pnpm sets INIT_CWD to its own directory (the repository): pass on the one the user ran npm in.
      const env = { ...process.env, PLAYGROUND_USER_DIR: process.env.INIT_CWD ?? process.cwd() };
      process.exit(bootstrapRun([...pnpm, '--silent', 'run', 'serve', ...rest], { env }));
    }
    break;
  case 'test':
    bootstrapBrowsers();
    bootstrapExportServers();
    bootstrapWebkit();
    {
      const env = { ...process.env, PLAYGROUND_INSTALL_MS: String(Math.round(performance.now() - started)) };
      process.exit(bootstrapRun([...pnpm, 'run', 'test:all', ...rest], { env }));
    }
    break;
  default:
    bootstrapFail('usage: node scripts/bootstrap.mjs start|test [args…]');
}
