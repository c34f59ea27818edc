import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserType, LaunchOptions } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A playground started in workshop mode for one spec, as an instructor starts it
 * (`npm start -- --workshop …`), serving the web build the e2e run made. It can be restarted on the
 * same state file, as after a crash or a laptop reboot.
 */
export class WorkshopServer {
  private child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), 'e2e-workshop-'));
  /** The instructor URL the server printed, secret included. */
  instructorUrl = '';

  constructor(
    /** Host name the origins use (a LAN-style name the browsers map to loopback). */
    readonly host: string,
    /** Ports of the app, lab API, other site and challenge stage. */
    readonly ports: { app: number; api: number; other: number; stage: number },
  ) {}

  get app(): string {
    return `http://${this.host}:${this.ports.app}`;
  }

  get joinUrl(): string {
    return `${this.app}/workshop/join`;
  }

  /**
   * Joins participant `name` the way a script would, from this machine (the app also answers as
   * 127.0.0.1), and answers their sandbox id.
   */
  join(name: string): Promise<string> {
    const origin = `http://127.0.0.1:${this.ports.app}`;
    return new Promise((resolve, reject) => {
      const req = request(
        `${origin}/control/workshop/me`,
        { method: 'PUT', headers: { 'content-type': 'application/json', origin } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () =>
            res.statusCode === 201
              ? resolve((JSON.parse(text) as { sandbox: string }).sandbox)
              : reject(new Error(`join ${name}: ${res.statusCode} ${text}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ name }));
    });
  }

  async start(): Promise<void> {
    const flags = [
      ...Object.entries(this.ports).flatMap(([name, port]) => [`--${name}-port`, `${port}`]),
      ['--public-host', this.host],
      ['--workshop', '--workshop-file', join(this.dir, 'room.json')],
    ].flat();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/start/main.ts', ...flags], {
      cwd: join(repoRoot, 'apps/api'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`workshop server did not start:\n${output}`)), 60_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const url = /instructor login, works once \(keep it to yourself\)\s+(\S+)/.exec(output)?.[1];
        if (url && output.includes('Press Ctrl+C')) {
          clearTimeout(timer);
          this.instructorUrl = url;
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`workshop server exited (${code}):\n${output}`));
      });
    });
  }

  /** Stops it the way Ctrl+C does (the room is saved), or kills it outright (`crash`). */
  async stop(crash = false): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(crash ? 'SIGKILL' : 'SIGINT');
    await exited;
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A browser that resolves the workshop's LAN-style `host` to this machine, as a wildcard DNS name would. */
export function workshopBrowserLaunch(
  browserType: BrowserType,
  launchOptions: LaunchOptions,
  channel: string | undefined,
  host: string,
): Promise<Browser> {
  return browserType.name() === 'firefox'
    ? browserType.launch({
        ...launchOptions,
        channel,
        firefoxUserPrefs: { 'network.dns.localDomains': host },
      })
    : browserType.launch({
        ...launchOptions,
        channel,
        args: [...(launchOptions.args ?? []), `--host-resolver-rules=MAP ${host} 127.0.0.1`],
      });
}
