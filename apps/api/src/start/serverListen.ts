import { createServer, type RequestListener, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';

/** A start-up failure the user can fix, printed as one line (no stack trace). */
export class PlaygroundStartError extends Error {}

/** A certificate and its key, PEM, to serve over https. */
export interface ServerTls {
  cert: string | Buffer;
  key: string | Buffer;
}

/**
 * An HTTP server with the playground's bounds: a client that sends its request slowly is cut off after
 * the request timeout (Node's default would wait 5 min), one origin holds at most
 * `connectionsPerOrigin` connections, and one remote address at most `connectionsPerAddress` of them
 * (and never more than half). With `tls`, the same over https.
 */
export function serverCreate(
  handler: RequestListener,
  limits: Pick<
    PlaygroundLimits,
    | 'headersTimeoutMs'
    | 'requestTimeoutMs'
    | 'keepAliveTimeoutMs'
    | 'connectionsPerOrigin'
    | 'connectionsPerAddress'
  >,
  tls?: ServerTls,
): Server {
  const create = (options: object, listener: RequestListener): Server =>
    tls ? createTlsServer({ ...options, ...tls }, listener) : createServer(options, listener);
  const server = create(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // Node checks both timeouts only this often (30 s by default), which would stretch them.
      connectionsCheckingInterval: Math.max(50, Math.min(1000, limits.headersTimeoutMs / 4)),
    },
    handler,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.connectionsPerOrigin;
  serverCapPerAddress(
    server,
    Math.max(1, Math.min(limits.connectionsPerAddress, Math.floor(limits.connectionsPerOrigin / 2))),
  );
  return server;
}

/**
 * Closes at once a connection from an address that already holds `cap`: before TLS, before the HTTP
 * parser, before it can count as idle or busy. Without it, one client re-opening idle sockets fills
 * `maxConnections` and every other client's new connection is refused.
 */
function serverCapPerAddress(server: Server, cap: number): void {
  const open = new Map<string, number>();
  // First in line, ahead of the listeners Node's http and tls servers install.
  server.prependListener('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const held = open.get(address) ?? 0;
    if (held >= cap) {
      socket.destroy();
      return;
    }
    open.set(address, held + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}

/** Listens, turning a busy port into a one-line error that names the flag to change. */
export function serverListen(server: Server, port: number, host: string, flag: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new PlaygroundStartError(`Port ${port} is already in use: choose another with ${flag} <port>.`),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new PlaygroundStartError(
            `Not allowed to listen on ${host}:${port}: choose another with ${flag} <port>.`,
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new PlaygroundStartError(`Cannot bind to ${host}: check --host.`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host);
  });
}
