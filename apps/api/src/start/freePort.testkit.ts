import { createServer } from 'node:net';

/**
 * A loopback port free right now, for tests and benches that start real servers side by side. Plain
 * Node (no test runner), so benches can use it too.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}
