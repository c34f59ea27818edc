import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundTesting } from './playgroundTesting.testkit.ts';

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
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** GET over https trusting only the test certificate: status and headers. */
function tlsGet(url: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      const req = request(url, { ca: cert, method, headers }, (res) => {
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
});
