import { connect } from 'node:net';
import { onTestFinished } from 'vitest';
import { freePort } from './freePort.testkit.ts';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundLimits, type PlaygroundLimits } from '../shared/playgroundLimits.ts';
import { playgroundStart, type Playground } from './playgroundStart.ts';
import { PlaygroundStartError } from './serverListen.ts';

/**
 * Helpers for the servers' integration tests: a real playground on free loopback ports, and raw
 * sockets for what fetch cannot send (a lower-case method, a body that never finishes).
 */
const started: Playground[] = [];

/**
 * Starts a playground (no SPA) with some limits lowered and any further flags (`--workshop …`);
 * it is stopped when the test that started it ends. (The test registers the stop itself, not the
 * module: unit files share one module graph, so a module-level hook would run for the first file only.)
 */
export async function playgroundTesting(
  limits: Partial<PlaygroundLimits> = {},
  flags: string[] = [],
): Promise<Playground> {
  // A port free when asked can be taken by a test file running alongside before it is bound: try
  // again with fresh ports rather than fail the test for a race that has nothing to do with it.
  for (let attempt = 1; ; attempt++) {
    try {
      const playground = await playgroundTestingOnFreePorts(limits, flags);
      started.push(playground);
      onTestFinished(playgroundTestingStopAll);
      return playground;
    } catch (error) {
      const portRace = error instanceof PlaygroundStartError && /already in use/.test(error.message);
      if (!portRace || attempt === 5) throw error;
    }
  }
}

async function playgroundTestingOnFreePorts(limits: Partial<PlaygroundLimits>, flags: string[]) {
  const [app, api, other, stage] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const ports = { app, api, other, stage };
  const options = playgroundOptionsParse(
    [
      ...Object.entries(ports).flatMap(([name, port]) => [`--${name}-port`, `${port}`]),
      '--public-host',
      '127.0.0.1',
      ...flags,
    ],
    {},
  );
  return playgroundStart(options, 'none', playgroundLimits(limits));
}

export async function playgroundTestingStopAll(): Promise<void> {
  await Promise.all(started.splice(0).map((playground) => playground.close()));
}

/**
 * Sends `text` on a raw socket to `origin` and resolves with everything received until the server
 * closes the connection (or `waitMs` passes: then with what came so far, and the socket is closed).
 */
export function playgroundTestingRaw(origin: string, text: string | Buffer, waitMs = 5000): Promise<string> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.write(text));
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(received);
    }, waitMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(received);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET') return;
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A control-plane write's `fetch` init: `PUT` with `body` as JSON (the only write the plane takes). */
export function playgroundTestingPut(body: unknown): RequestInit {
  return { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
