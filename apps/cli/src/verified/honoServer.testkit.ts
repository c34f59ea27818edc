import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Handler } from 'hono';
import { cors } from 'hono/cors';
import { jsExportRun } from './jsExportRun.testkit.ts';
import { verifiedRouteStatus } from './verifiedExport.testkit.ts';

/** A running Hono app: its port and how to stop it. */
export interface HonoServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a Hono app with @hono/node-server on an ephemeral loopback port, running the hono/cors
 * export's code (`app` and `cors` in scope), in front of `route` (default: the stub app every verified
 * server runs).
 */
export async function honoServerStart(
  code: string,
  route: Handler = (c) => c.json({}, verifiedRouteStatus(c.req.method, c.req.path) as 200),
): Promise<HonoServer> {
  const app = new Hono();
  jsExportRun(code, { app, cors });
  app.all('*', route);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
