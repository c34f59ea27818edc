import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptServerPorts } from './scriptServer.ts';
import type { LoggedRequest } from './scriptServer.ts';
import type { ScriptedResponses } from './scenarioTypes.ts';
import type { HarnessJob } from './harnessPage.ts';
import type { HarnessRun } from './scriptServerHarness.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const controlBase = `http://127.0.0.1:${scriptServerPorts[0]}/__control`;

/**
 * One worker's use of the scripted server, which runs as its own process (scriptServerMain.ts) shared
 * by both browsers' workers. Holding a lease keeps it alive; it exits when no lease is left.
 */
export interface ScriptServerLease {
  register(token: string, responses: ScriptedResponses): Promise<void>;
  log(token: string): Promise<LoggedRequest[]>;
  forget(token: string): Promise<void>;
  /** Stores the jobs the harness page at `/__harness/<run>` will pull. */
  harnessStore(run: string, jobs: HarnessJob[]): Promise<void>;
  /** The run's results so far; `drop` forgets the run. */
  harnessRead(run: string, drop?: boolean): Promise<HarnessRun>;
  release(): Promise<void>;
}

async function scriptServerControl(
  method: string,
  path: string,
  body?: unknown,
  lease?: string,
): Promise<unknown> {
  const response = await fetch(`${controlBase}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(lease ? { 'x-lease': lease } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`scripted server control ${method} ${path}: ${response.status}`);
  return response.json();
}

/** Starts scriptServerMain.ts detached, so it outlives the worker that happened to start it. */
function scriptServerSpawn(): void {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'scriptServerMain.ts')], {
    cwd: path.resolve(here, '../..'),
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

export async function scriptServerLeaseAcquire(): Promise<ScriptServerLease> {
  let lease: string | null = null;
  let spawnedAt = 0;
  const deadline = Date.now() + 30_000;
  while (lease === null && Date.now() < deadline) {
    try {
      lease = ((await scriptServerControl('POST', '/lease')) as { lease: string }).lease;
    } catch {
      // Nobody serves the ports (or the last server is just exiting): start one, at most every 3 s.
      if (Date.now() - spawnedAt > 3_000) {
        scriptServerSpawn();
        spawnedAt = Date.now();
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  if (lease === null) throw new Error(`could not start or reach the scripted server at ${controlBase}`);
  const leaseId = lease;
  return {
    async register(token, responses) {
      await scriptServerControl('PUT', `/scenario/${token}`, responses, leaseId);
    },
    async log(token) {
      return (await scriptServerControl('GET', `/scenario/${token}`)) as LoggedRequest[];
    },
    async forget(token) {
      await scriptServerControl('DELETE', `/scenario/${token}`);
    },
    async harnessStore(run, jobs) {
      await scriptServerControl('PUT', `/harness/${run}`, jobs, leaseId).catch((error: unknown) => {
        // Another checkout's older copy of the server can hold the ports; it exits once idle.
        throw new Error(`${String(error)}: the scripted server on the conformance ports has no harness`);
      });
    },
    async harnessRead(run, drop = false) {
      return (await scriptServerControl(
        drop ? 'DELETE' : 'GET',
        `/harness/${run}`,
        undefined,
        leaseId,
      )) as HarnessRun;
    },
    async release() {
      await scriptServerControl('DELETE', `/lease/${leaseId}`).catch(() => undefined);
    },
  };
}
