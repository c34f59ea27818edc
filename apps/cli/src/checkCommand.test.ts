import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRun } from './cliRun.testkit.ts';

const page = 'http://app.test';

/** Every request the server got, as `METHOD path`. */
const received: string[] = [];

/** A real server with one route per situation `cors check` must judge. */
function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = (req.url ?? '/').split('?')[0];
  received.push(`${req.method} ${path}`);
  const origin = req.headers.origin;
  const allow = () => {
    if (origin) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  };
  if (path === '/ok') {
    allow();
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET,PUT');
      res.setHeader('Access-Control-Allow-Headers', 'x-custom');
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  } else if (path === '/denied') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  } else if (path === '/preflight-404') {
    if (req.method === 'OPTIONS') {
      res.writeHead(404).end();
      return;
    }
    allow();
    res.writeHead(200).end('{}');
  } else if (path === '/redirect') {
    allow();
    res.writeHead(302, { location: '/ok' }).end();
  } else if (path === '/list') {
    allow();
    res.writeHead(200, { 'content-type': 'application/json', 'x-total-count': '42' }).end('[]');
  } else if (path === '/error') {
    res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
  } else {
    res.writeHead(404).end();
  }
}

let server: http.Server;
let base = '';
beforeAll(async () => {
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('cors check (against a real server)', () => {
  it('allowed: exit 0 and ALLOWED', async () => {
    const r = await cliRun(['check', `${base}/ok`, '--origin', page]);
    expect(r.stdout).toMatch(/^ALLOWED: GET /);
    expect(r.code).toBe(0);
  });

  it('preflighted PUT with a custom header is allowed; credentials without ACAC are blocked', async () => {
    received.length = 0;
    const plain = await cliRun([
      'check',
      `${base}/ok`,
      '--origin',
      page,
      '--method',
      'PUT',
      '--header',
      'X-Custom: 1',
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/preflight +OPTIONS .*\/ok → 204/);
    // Checked in all three engines, the PUT still reaches the server once.
    expect(received.filter((line) => line === 'PUT /ok')).toHaveLength(1);
    const credentialed = await cliRun(['check', `${base}/ok`, '--origin', page, '--credentials']);
    expect(credentialed.code).toBe(1);
    expect(credentialed.stdout).toMatch(/Access-Control-Allow-Credentials/);
  });

  it('denied: exit 1, the Chromium console text, a fix in the chosen framework', async () => {
    const r = await cliRun(['check', `${base}/denied`, '--origin', page, '--framework', 'express']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^BLOCKED \(blocked\)/);
    expect(r.stdout).toContain(
      `Access to fetch at '${base}/denied' from origin '${page}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    expect(r.stdout).toContain('Fix for express:');
    expect(r.stdout).toContain(`origin: ['${page}']`);
    expect(r.stdout).toContain(
      'Firefox: BLOCKED (blocked), TypeError: NetworkError when attempting to fetch resource.',
    );
    expect(r.stdout).toContain(
      [
        '  WebKit: BLOCKED (blocked), TypeError: Load failed',
        `    Origin ${page} is not allowed by Access-Control-Allow-Origin. Status code: 200`,
        `    Fetch API cannot load ${base}/denied due to access control checks.`,
      ].join('\n'),
    );
  });

  it('--browser webkit gives the verdict for WebKit, beside every engine’s', async () => {
    const r = await cliRun(['check', `${base}/ok`, '--origin', page, '--browser', 'webkit', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      trace: { browser: string };
      engines: Array<{ browser: string; outcome: string }>;
    };
    expect(out.trace.browser).toBe('webkit');
    expect(out.engines.map((e) => [e.browser, e.outcome])).toEqual([
      ['chromium', 'allowed'],
      ['firefox', 'allowed'],
      ['webkit', 'allowed'],
    ]);
  });

  it('--browser names the engines it knows when given another', async () => {
    const bad = await cliRun(['check', `${base}/ok`, '--origin', page, '--browser', 'safari']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--browser must be chromium, firefox, webkit (got "safari")');
  });

  it('preflight failing: exit 1 and the preflight message', async () => {
    const r = await cliRun(['check', `${base}/preflight-404`, '--origin', page, '--method', 'DELETE']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Response to preflight request doesn't pass access control check/);
    expect(r.stdout).toMatch(/preflight +OPTIONS .* → 404/);
  });

  it('redirecting: follows the redirect hop by hop, like the browser', async () => {
    const r = await cliRun(['check', `${base}/redirect`, '--origin', page, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      allowed: boolean;
      trace: { exchanges: Array<{ request: { url: string }; response: { status: number } }> };
    };
    expect(out.allowed).toBe(true);
    expect(out.trace.exchanges.map((e) => [e.request.url, e.response.status])).toEqual([
      [`${base}/redirect`, 302],
      [`${base}/ok`, 200],
    ]);
  });

  it('error without CORS headers: exit 1 (the browser hides the 500)', async () => {
    const r = await cliRun(['check', `${base}/error`, '--origin', page, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      allowed: boolean;
      trace: { outcome: string; exchanges: Array<{ response: { status: number } }> };
    };
    expect(out.allowed).toBe(false);
    expect(out.trace.outcome).toBe('blocked');
    expect(out.trace.exchanges[0]?.response.status).toBe(500);
  });

  it('--reads-header: an allowed fetch whose header is not exposed exits 1, with the expose fix', async () => {
    const r = await cliRun([
      'check',
      `${base}/list`,
      '--origin',
      page,
      '--reads-header',
      'X-Total-Count',
      '--framework',
      'django',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ALLOWED: GET /);
    expect(r.stdout).toContain('JavaScript cannot read: X-Total-Count (reads as null)');
    expect(r.stdout).toContain('Diagnosis: Expose X-Total-Count to JavaScript');
    expect(r.stdout).toContain('Remedy (django): CORS_EXPOSE_HEADERS = ["X-Total-Count"]');
    expect(r.stdout).toContain('Fix for django:');
    expect(r.stdout).toContain('Audit of this fix: no finding.');
    const exposed = await cliRun(['check', `${base}/ok`, '--origin', page, '--reads-header', 'Content-Type']);
    expect(exposed.code).toBe(0);
  });

  it('a lowercase patch: the diagnosis tells the page to write PATCH before any server fix', async () => {
    const r = await cliRun(['check', `${base}/ok`, '--origin', page, '--method', 'patch']);
    expect(r.code).toBe(1);
    const diagnosis = r.stdout.indexOf('Diagnosis: Write PATCH, not patch');
    expect(diagnosis).toBeGreaterThan(0);
    expect(r.stdout).toContain('Who: the page (your front-end code)');
    expect(r.stdout.indexOf('if the diagnosis above does not apply')).toBeGreaterThan(diagnosis);
  });

  it("a file:// page: serve it over http, and the 'null' fix carries its audit", async () => {
    const r = await cliRun(['check', `${base}/denied`, '--origin', 'null', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      diagnoses: Array<{ id: string; party: string }>;
      fix: { audit: Array<{ id: string; severity: string }> };
    };
    expect(out.diagnoses[0]).toMatchObject({ id: 'null-origin', party: 'page' });
    expect(out.fix.audit).toContainEqual(expect.objectContaining({ id: 'origin.null', severity: 'medium' }));
  });

  it('an error without CORS headers names the layer, in the framework asked for', async () => {
    const r = await cliRun(['check', `${base}/error`, '--origin', page, '--framework', 'lambda']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Diagnosis: The 500 error response is rendered outside the CORS layer');
    expect(r.stdout).toContain('Remedy (lambda): With a Lambda proxy integration');
    expect(r.stdout).toContain('note: Lambda has no exporter');
  });

  it('unreachable server: exit 1, a network error, no crash', async () => {
    const r = await cliRun(['check', 'http://127.0.0.1:9/x', '--origin', page]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^BLOCKED/);
  });

  it('bad arguments: exit 2 with a message', async () => {
    const r = await cliRun(['check', `${base}/ok`, '--origin', 'app.test']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--origin must be an origin/);
    expect((await cliRun(['check', `${base}/ok`])).code).toBe(2);
    const header = await cliRun(['check', `${base}/ok`, '--origin', page, '--reads-header', 'X Total']);
    expect(header.code).toBe(2);
    expect(header.stderr).toMatch(/--reads-header must be a header name/);
  });
});
