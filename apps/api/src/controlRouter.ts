import express, { type Request, type Response, type Router } from 'express';
import { policyParse } from '@cors-playground/engine';
import {
  controlGuardCheck,
  type ControlGuardOptions,
  type PlaygroundConfig,
} from '@cors-playground/protocol';
import type { Sandbox } from './sandbox.ts';
import type { SandboxStore } from './sandboxStore.ts';

/** Keep-alive comments stop proxies and browsers from closing an idle event stream. */
const eventStreamKeepAliveMs = 15_000;

/**
 * The control plane, mounted on the app origin: read and replace the live policy, stream what the lab
 * API receives. It is never governed by the playground policy and refuses every foreign origin.
 */
export function controlRouter(
  store: SandboxStore,
  guard: ControlGuardOptions,
  config: PlaygroundConfig,
): Router {
  const router = express.Router();

  router.use((req, res, next) => {
    // Never cache control answers, and never let another origin read them.
    res.set('cache-control', 'no-store');
    const verdict = controlGuardCheck(
      { method: req.method, headers: req.headers as Record<string, string> },
      guard,
    );
    if (verdict.ok) return next();
    res.status(verdict.status).type('text/plain').send(verdict.reason);
  });

  router.get('/config', (_req, res) => {
    res.json(config);
  });

  const sandboxParam = (req: Request, res: Response): Sandbox | undefined => {
    const id = typeof req.params.sandbox === 'string' ? req.params.sandbox : 'default';
    const sandbox = store.sandboxEnsure(id);
    if (!sandbox)
      res.status(400).json({
        error: `Invalid sandbox id ${id}`,
        errors: [{ path: 'sandbox', message: 'must match [A-Za-z0-9_-]{1,64}' }],
      });
    return sandbox;
  };

  const policyGet = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox) res.json(sandbox.policy);
  };

  const policyPut = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const parsed = policyParse(req.body);
    if (!parsed.ok) {
      res.status(400).json({ error: 'Invalid policy', errors: parsed.errors });
      return;
    }
    sandbox.policyReplace(parsed.policy);
    res.json(parsed.policy);
  };

  const eventsGet = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: { id: number }) =>
      res.write(`id: ${event.id}\nevent: lab\ndata: ${JSON.stringify(event)}\n\n`);
    const lastId = Number(req.get('last-event-id') ?? req.query.since ?? Number.NaN);
    if (Number.isFinite(lastId)) sandbox.eventsSince(lastId).forEach(send);
    res.write(': connected\n\n');
    const unsubscribe = sandbox.eventSubscribe(send);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), eventStreamKeepAliveMs);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };

  const jsonBody = express.json({ limit: '256kb', type: 'application/json' });
  router.get('/policy', policyGet);
  router.put('/policy', jsonBody, policyPut);
  router.get('/events', eventsGet);
  router.get('/sandboxes/:sandbox/policy', policyGet);
  router.put('/sandboxes/:sandbox/policy', jsonBody, policyPut);
  router.get('/sandboxes/:sandbox/events', eventsGet);
  router.use((_req, res) => {
    res.status(404).json({ error: 'No such control endpoint' });
  });
  // Malformed JSON must give a clear 400, never a stack trace.
  router.use((error: unknown, _req: Request, res: Response, _next: express.NextFunction) => {
    const message = error instanceof Error ? error.message : String(error);
    res.status(400).json({ error: 'Invalid JSON', errors: [{ path: '', message }] });
  });
  return router;
}
