import { connect, createServer } from 'node:net';
import { playgroundOptionsParse } from './playgroundOptions.ts';
import { playgroundLimits, type PlaygroundLimits } from './playgroundLimits.ts';
import { playgroundStart, type Playground } from './playgroundStart.ts';

/**
 * Helpers for the servers' integration tests: a real playground on free loopback ports, and raw
 * sockets for what fetch cannot send (a lower-case method, a body that never finishes).
 */
const started: Playground[] = [];

export async function playgroundTestingPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts a playground (no SPA) with some limits lowered; `playgroundTestingStopAll` stops it. */
export async function playgroundTesting(limits: Partial<PlaygroundLimits> = {}): Promise<Playground> {
  const ports: number[] = [];
  for (let i = 0; i < 4; i++) ports.push(await playgroundTestingPort());
  const options = playgroundOptionsParse(
    [
      '--app-port',
      `${ports[0]}`,
      '--api-port',
      `${ports[1]}`,
      '--other-port',
      `${ports[2]}`,
      '--stage-port',
      `${ports[3]}`,
      '--public-host',
      '127.0.0.1',
    ],
    {},
  );
  const playground = await playgroundStart(options, 'none', playgroundLimits(limits));
  started.push(playground);
  return playground;
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

/** The status code of a raw HTTP response. */
export function playgroundTestingStatus(reply: string): number {
  return Number(reply.split(' ')[1]);
}
