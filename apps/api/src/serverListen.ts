import type { Server } from 'node:http';
import type { Express } from 'express';

/** A start-up failure the user can fix, printed as one line (no stack trace). */
export class PlaygroundStartError extends Error {}

/** Listens, turning a busy port into a one-line error that names the flag to change. */
export function serverListen(app: Express, port: number, host: string, flag: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
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
  });
}
