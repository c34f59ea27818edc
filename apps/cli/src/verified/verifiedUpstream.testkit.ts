import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { verifiedRouteStatus } from './verifiedExport.testkit.ts';

/**
 * The app a verified proxy (nginx, Apache, Caddy) forwards to: the same routes as every verified
 * server, and no CORS headers of its own.
 */
export const verifiedUpstreamStub: http.RequestListener = (req, res) => {
  req.resume();
  const status = verifiedRouteStatus(req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/');
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end('{}');
};

/** Starts `listener` on an ephemeral loopback port. */
export async function verifiedUpstreamStart(listener: http.RequestListener): Promise<http.Server> {
  const app = http.createServer(listener);
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  return app;
}

/** A free loopback port, for servers that cannot listen on port 0 and say which port they got. */
export async function verifiedUpstreamFreePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * Waits until `port` accepts connections; throws with `log`'s content when the server exited first or
 * did not listen within 10 s.
 */
export async function verifiedUpstreamReady(
  what: string,
  port: number,
  child: { exitCode: number | null },
  log: string,
): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return;
    if (child.exitCode !== null || Date.now() > deadline) {
      let detail = '';
      try {
        detail = readFileSync(log, 'utf8');
      } catch {
        // The server may fail before it opens its log.
      }
      throw new Error(`${what} did not start (exit ${child.exitCode}):\n${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A running proxy (nginx, Apache, Caddy) in front of an upstream app: its port and how to stop both. */
export interface VerifiedProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts `upstream` and, on a free port, the proxy `launch` spawns (given that port and the upstream's);
 * resolves once the proxy listens. `close` stops the proxy with `stopSignal`, then the upstream, and
 * removes `dir` (the proxy's temporary directory, `log` inside it).
 */
export async function verifiedUpstreamProxy(
  what: string,
  dir: string,
  upstream: http.RequestListener,
  launch: (port: number, appPort: number) => ChildProcess,
  log: string,
  stopSignal: NodeJS.Signals,
): Promise<VerifiedProxy> {
  const app = await verifiedUpstreamStart(upstream);
  const port = await verifiedUpstreamFreePort();
  const child = launch(port, (app.address() as AddressInfo).port);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await verifiedUpstreamReady(what, port, child, log);
  } catch (error) {
    child.kill('SIGTERM');
    app.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    async close() {
      child.kill(stopSignal);
      await exited;
      await new Promise<void>((resolve) => app.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
