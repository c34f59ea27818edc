import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { appPathIsRoute } from '@cors-playground/protocol';
import { appOriginFrameGuard } from './appOriginFrameGuard.ts';
import { controlRemoteGuard } from './controlRemoteGuard.ts';
import { controlRouter, type ControlPlane } from './controlRouter.ts';

export const webRoot = fileURLToPath(new URL('../../../web', import.meta.url));
export const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** The app origin: the SPA and, beside it, the control plane. */
export function appOrigin(plane: ControlPlane): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(appOriginFrameGuard);
  app.get('/healthz', (_req, res) => {
    res.type('text/plain').send('ok');
  });
  app.use('/control', controlRemoteGuard(plane.guard), controlRouter(plane));
  return app;
}

/**
 * Serves the built SPA, falling back to index.html so permalinks with paths still load the app; a path
 * that is no page of the app still gets index.html (it renders "No such page") but with a 404.
 */
export function appOriginServeBuild(app: Express): void {
  const index = `${webDist}/index.html`;
  if (!existsSync(index)) throw new Error(`The web app is not built (${index} is missing).`);
  app.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: appOriginNoCacheHtml }));
  app.get('/{*splat}', (req, res) => {
    res.set('cache-control', 'no-store');
    if (!appPathIsRoute(req.path)) res.status(404);
    res.sendFile(index);
  });
}

function appOriginNoCacheHtml(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.set('cache-control', 'no-store');
}

/** Serves the SPA through Vite's dev middleware (hot reload on the same origin as the control plane). */
export async function appOriginServeDev(app: Express, server: Server): Promise<() => Promise<void>> {
  const { createServer } = await import('vite');
  const vite = await createServer({
    root: webRoot,
    appType: 'spa',
    server: { middlewareMode: true, hmr: { server } },
  });
  app.use(vite.middlewares);
  return () => vite.close();
}
