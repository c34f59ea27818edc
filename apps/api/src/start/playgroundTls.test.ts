import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommanderError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleSockets, idleSocketsClosed } from './idleSockets.testkit.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundTesting } from './playgroundTesting.testkit.ts';
import { playgroundTls } from './playgroundTls.ts';
import { PlaygroundStartError } from './serverListen.ts';

let dir: string;
let cert: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tls-'));
  // A real self-signed certificate for the loopback names, as an instructor would make one.
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cert = await readFile(join(dir, 'cert.pem'));
  // The ways an instructor's files go wrong: another pair's key, DER, a passphrase, a broken PEM.
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'genpkey',
    '-algorithm',
    'EC',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-out',
    join(dir, 'other.pem'),
  );
  openssl('x509', '-in', join(dir, 'cert.pem'), '-outform', 'DER', '-out', join(dir, 'cert.der'));
  openssl('pkey', '-in', join(dir, 'key.pem'), '-aes256', '-passout', 'pass:x', '-out', join(dir, 'enc.pem'));
  const broken = '-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n';
  await writeFile(join(dir, 'broken.pem'), broken);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** GET over https trusting only the test certificate: status and headers. */
function tlsGet(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
  body?: string,
  localAddress?: string,
) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = request(url, { ca: cert, method, headers, localAddress }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

describe('serving over https (--tls-cert / --tls-key)', () => {
  it('serves every origin over https, names them https, and makes workshop cookies Secure', async () => {
    const flags = ['--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem')];
    const playground = await playgroundTesting({}, [
      ...flags,
      '--workshop',
      '--workshop-file',
      join(dir, 'w.json'),
    ]);
    const { config } = playground;
    for (const origin of [config.appOrigin, config.apiOrigin, config.otherOrigin]) {
      expect(origin).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    }
    expect((await tlsGet(`${config.appOrigin}/healthz`)).status).toBe(200);
    expect((await tlsGet(`${config.apiOrigin}/data`)).status).toBe(200);
    const joined = await tlsGet(
      `${config.appOrigin}/control/workshop/me`,
      { 'content-type': 'application/json' },
      'PUT',
      JSON.stringify({ name: 'Ada' }),
    );
    expect(joined.status).toBe(201);
    expect(String(joined.headers['set-cookie'])).toContain('; Secure');
    await expect(fetch(`${config.appOrigin}/healthz`)).rejects.toThrow();
  });

  it('closes one address’s connections over its cap before any TLS handshake', async () => {
    const flags = ['--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'key.pem')];
    const limits = { connectionsPerOrigin: 12, connectionsPerAddress: 5 };
    const { config } = await playgroundTesting(limits, flags);
    const hog = idleSockets(Number(new URL(config.appOrigin).port), '127.0.0.2', 15);
    try {
      await idleSocketsClosed(hog, 10);
      for (let i = 0; i < 10; i++) {
        const reply = await tlsGet(`${config.appOrigin}/healthz`, {}, 'GET', undefined, '127.0.0.3');
        expect(reply.status).toBe(200);
      }
    } finally {
      for (const { socket } of hog) socket.destroy();
    }
  });
});

/** The error `playgroundOptionsParse` stops with (commander prints it too, as the CLI does). */
function optionsError(argv: string[], env: NodeJS.ProcessEnv = {}): CommanderError {
  try {
    playgroundOptionsParse(argv, env);
  } catch (error) {
    if (error instanceof CommanderError) return error;
    throw error;
  }
  throw new Error('the options were accepted');
}

/** The message `playgroundTls` stops the start with, for files in the test directory. */
function tlsError(certFile: string, keyFile: string): string {
  try {
    playgroundTls({ tlsCert: join(dir, certFile), tlsKey: join(dir, keyFile) });
  } catch (error) {
    expect(error).toBeInstanceOf(PlaygroundStartError);
    return (error as Error).message;
  }
  throw new Error('the files were accepted');
}

describe('bad TLS options and files stop the start with a message that names them', () => {
  it('refuses an empty --tls-cert or TLS_CERT with exit code 1 rather than serving plain http', () => {
    const flag = optionsError(['--tls-cert', '', '--tls-key', 'k.pem']);
    expect(flag.exitCode).toBe(1);
    expect(flag.message).toMatch(/--tls-cert is empty: give the certificate's PEM file, or give neither/);
    const variable = optionsError([], { TLS_CERT: '', TLS_KEY: 'k.pem' });
    expect(variable.exitCode).toBe(1);
    expect(variable.message).toMatch(/TLS_CERT is empty/);
    expect(optionsError([], { TLS_CERT: ' ', TLS_KEY: '' }).message).toMatch(/TLS_CERT is empty/);
    expect(optionsError(['--tls-cert', 'c.pem', '--tls-key', '']).message).toMatch(/--tls-key is empty/);
    expect(optionsError(['--tls-key', 'k.pem']).exitCode).toBe(1);
  });

  it.each([
    ['cert.pem', 'other.pem', /TLS key \S+other\.pem does not belong to the certificate \S+cert\.pem/],
    ['cert.der', 'key.pem', /TLS certificate \S+cert\.der is not a PEM certificate: it has no "-----BEGIN/],
    ['key.pem', 'cert.pem', /TLS certificate \S+key\.pem is not a PEM certificate.*swapped\?/],
    ['cert.pem', 'cert.pem', /TLS key \S+cert\.pem is not a PEM private key.*swapped\?/],
    ['cert.pem', 'enc.pem', /TLS key \S+enc\.pem is encrypted with a passphrase/],
    [
      'broken.pem',
      'key.pem',
      /TLS certificate \S+broken\.pem is not a valid certificate: its PEM block does not decode \(/,
    ],
    ['missing.pem', 'key.pem', /Cannot read the TLS certificate \S+missing\.pem: there is no such file\./],
  ])('%s with %s', (certFile, keyFile, message) => {
    expect(tlsError(certFile, keyFile)).toMatch(message);
  });

  it('exits 1 from the command line with the message, before any web build', async () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = execFile(
          process.execPath,
          ['--import', 'tsx', main, ...args],
          { env: { PATH: process.env.PATH, ...env }, timeout: 60_000 },
          (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
        );
      });
    // Two separate processes: started together, the test waits for one start-up, not two.
    const [empty, mismatched] = await Promise.all([
      run(['--tls-key', join(dir, 'key.pem')], { TLS_CERT: '' }),
      run(['--tls-cert', join(dir, 'cert.pem'), '--tls-key', join(dir, 'other.pem')]),
    ]);
    expect(empty).toEqual({ code: 1, stderr: expect.stringMatching(/TLS_CERT is empty/) });
    expect(mismatched.code).toBe(1);
    expect(mismatched.stderr).toMatch(/does not belong to the certificate/);
    expect(mismatched.stderr).not.toMatch(/web app|build/i);
  });
});
