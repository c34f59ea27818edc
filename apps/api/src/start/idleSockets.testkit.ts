import { connect } from 'node:net';

/**
 * `count` connections from `from` (a loopback address playing one client) to `port` that send nothing:
 * the cheapest way to fill a server's connection table. Each has a promise that settles when it closes.
 */
export function idleSockets(port: number, from: string, count: number) {
  return Array.from({ length: count }, () => {
    const socket = connect({ port, host: '127.0.0.1', localAddress: from });
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    return { socket, closed, isClosed: () => socket.destroyed };
  });
}

/** Resolves once `count` of the sockets were closed by the server; rejects past `deadlineMs`. */
export function idleSocketsClosed(
  sockets: ReturnType<typeof idleSockets>,
  count: number,
  deadlineMs = 10_000,
) {
  return new Promise<void>((resolve, reject) => {
    let closed = 0;
    const timer = setTimeout(
      () => reject(new Error(`only ${closed} of ${count} extra connections were closed`)),
      deadlineMs,
    );
    for (const socket of sockets) {
      void socket.closed.then(() => {
        if (++closed !== count) return;
        clearTimeout(timer);
        resolve();
      });
    }
  });
}
