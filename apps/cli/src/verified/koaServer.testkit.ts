import type { AddressInfo } from 'node:net';
import cors from '@koa/cors';
import Koa from 'koa';
import { jsExportRun } from './jsExportRun.testkit.ts';
import { verifiedRouteStatus } from './verifiedExport.testkit.ts';

/** A running Koa app: its port and how to stop it. */
export interface KoaServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a Koa app on an ephemeral loopback port running the @koa/cors export's code (`app` and `cors`
 * in scope), in front of `route` (default: the stub app every verified server runs).
 */
export async function koaServerStart(
  code: string,
  route: Koa.Middleware = (ctx) => {
    ctx.status = verifiedRouteStatus(ctx.method, ctx.path);
    ctx.body = {};
  },
): Promise<KoaServer> {
  const app = new Koa();
  jsExportRun(code, { app, cors });
  app.use(route);
  const server = await new Promise<ReturnType<Koa['listen']>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
