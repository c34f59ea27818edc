import { scriptServerPorts, scriptServerStart } from './scriptServer.ts';
import type { LoggedRequest, ScriptServer } from './scriptServer.ts';
import type { ScriptedResponses } from './scenarioTypes.ts';

const controlBase = `http://127.0.0.1:${scriptServerPorts[0]}/__control`;

/** How long the owning worker keeps the ports open for a worker that still runs scenarios. */
const ownerWaitMs = 170_000;

/**
 * One worker's use of the scripted server. The ports are fixed, so the first worker to bind them owns
 * the server and the other worker (the other browser) joins it over a small control API; each holds a
 * lease, and the owner closes only when no lease is left.
 */
export interface ScriptServerLease {
  register(token: string, responses: ScriptedResponses): Promise<void>;
  log(token: string): Promise<LoggedRequest[]>;
  forget(token: string): Promise<void>;
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

export async function scriptServerLeaseAcquire(): Promise<ScriptServerLease> {
  let owned: ScriptServer | null = null;
  let lease: string | null = null;
  for (let attempt = 0; attempt < 50 && lease === null; attempt += 1) {
    try {
      owned = await scriptServerStart();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
    try {
      lease = ((await scriptServerControl('POST', '/lease')) as { lease: string }).lease;
    } catch {
      // The owner closed between our bind attempt and the lease: try to own the ports again.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (lease === null) throw new Error(`could not start or join the scripted server on ${controlBase}`);
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
    async release() {
      await scriptServerControl('DELETE', `/lease/${leaseId}`).catch(() => undefined);
      if (owned) await owned.close(ownerWaitMs);
    },
  };
}
