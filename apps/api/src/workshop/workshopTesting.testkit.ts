import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished } from 'vitest';
import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';
import type { Playground } from '../start/playgroundStart.ts';
import { playgroundTesting, playgroundTestingStopAll } from '../start/playgroundTesting.testkit.ts';

/**
 * Workshop abuse tests: a real playground in workshop mode on a state file in a fresh directory, and
 * clients that each come from their own loopback address (127.0.0.2, 127.0.0.3…), as separate
 * machines on a LAN would.
 */

/** The running test's directory: tests of a file run one at a time. */
let dir: string | undefined;

/** This test's directory, made on first use and removed when the test ends. */
function workshopTestingDir(): string {
  if (dir) return dir;
  const made = mkdtempSync(join(tmpdir(), 'workshop-'));
  dir = made;
  onTestFinished(async () => {
    // The room saves on close: stop the playgrounds before their directory goes.
    await playgroundTestingStopAll();
    rmSync(made, { recursive: true, force: true });
    dir = undefined;
  });
  return made;
}

/**
 * A workshop playground (state in this test's directory, so a restart in the same test finds it) with
 * some limits lowered and more flags.
 */
export function workshopTesting(
  limits: Partial<PlaygroundLimits> = {},
  ...flags: string[]
): Promise<Playground> {
  return playgroundTesting(limits, [
    '--workshop',
    '--workshop-file',
    join(workshopTestingDir(), 'room.json'),
    ...flags,
  ]);
}

export interface WorkshopAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each test reads the fields it expects
  body: any;
  /** `name=value` of the first `Set-Cookie`, or ''. */
  cookie: string;
}

/** A client from loopback address `from`, holding the cookies it was given, as curl would be. */
export class WorkshopClient {
  private readonly agent: Agent;
  cookies = new Map<string, string>();

  constructor(
    private readonly playground: Playground,
    readonly from = '127.0.0.1',
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 8 });
  }

  get cookie(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(path: string, headers: Record<string, string> = {}): Promise<WorkshopAnswer> {
    return this.send('GET', path, undefined, headers);
  }

  put(path: string, body: unknown, headers: Record<string, string> = {}): Promise<WorkshopAnswer> {
    return this.send('PUT', path, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  }

  /** Joins as `name`; expects 201 and keeps the credential. */
  async join(name: string, headers: Record<string, string> = {}): Promise<string> {
    const answer = await this.put('/control/workshop/me', { name }, headers);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return (answer.body as { sandbox: string }).sandbox;
  }

  /** Logs in as the instructor with a fresh login link's token. */
  async instructorLogin(): Promise<void> {
    const secret = this.playground.workshop?.instructor.loginCreate();
    expect((await this.put('/control/workshop/instructor/session', { secret })).status).toBe(200);
  }

  /**
   * Opens an event stream and resolves once its status is known; `end` closes it. `ended` resolves
   * when the server ends it.
   */
  stream(path: string): Promise<{ status: number; end: () => void; ended: Promise<void> }> {
    const url = new URL(path, this.playground.config.appOrigin);
    const cookie = this.cookie;
    return new Promise((resolve, reject) => {
      const req = request(url, { localAddress: this.from, headers: cookie ? { cookie } : {} }, (res) => {
        const ended = new Promise<void>((done) => res.once('close', () => done()));
        res.resume();
        resolve({ status: res.statusCode ?? 0, end: () => req.destroy(), ended });
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET') reject(error);
      });
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private send(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ): Promise<WorkshopAnswer> {
    const url = new URL(path, this.playground.config.appOrigin);
    const cookie = this.cookie;
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          localAddress: this.from,
          headers: { ...(cookie ? { cookie } : {}), ...headers },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            const setCookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? '';
            const [name, value] = setCookie.split('=');
            if (name && value !== undefined) this.cookies.set(name, value);
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // Not JSON (an event stream, a plain-text refusal): the text as is.
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed, cookie: setCookie });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
