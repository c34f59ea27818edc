import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { policyParseSliced } from '@cors-playground/engine';
import {
  controlGuardCheck,
  sandboxDefaultId,
  sandboxIdIsValid,
  sandboxIdRule,
  type ControlGuardOptions,
  type PlaygroundConfig,
} from '@cors-playground/protocol';
import type { EventStreams } from './eventStreams.ts';
import { PolicyWriteQueue, policyWriteQueueLimitsDefault } from './policyWriteQueue.ts';
import { sendControl } from './sendControl.ts';
import { policyChangeLabel, policyHistoryControl, type PolicySave } from './policyHistoryControl.ts';
import type { PlaygroundLimits } from '../shared/playgroundLimits.ts';
import type { Sandbox } from '../sandbox/sandbox.ts';
import type { SandboxStore } from '../sandbox/sandboxStore.ts';
import type { ChallengeBoard } from '../stage/challengeBoard.ts';
import { challengeControl } from '../stage/challengeControl.ts';
import {
  workshopRouter,
  workshopSandboxRefusal,
  type WorkshopRouterOptions,
} from '../workshop/workshopRouter.ts';
import { workshopPolicyBytes } from '../workshop/workshopState.ts';

/** A workshop the control plane serves: its room, whether the app is served over https, its proxies. */
export type ControlWorkshop = WorkshopRouterOptions;

/** What body-parser puts on the errors it raises. */
interface BodyParserError {
  type?: unknown;
  status?: unknown;
  /** The byte limit of the parser that refused the body (policies and workshop bodies differ). */
  limit?: unknown;
}

/** The control plane's answer to an error: a clear status and message, never a stack trace. */
function controlError(error: unknown, path: string, limits: Pick<PlaygroundLimits, 'controlBodyBytes'>) {
  const { type, status, limit } = (error ?? {}) as BodyParserError;
  if (type === 'entity.parse.failed') {
    const message = error instanceof Error ? error.message : 'not JSON';
    return { status: 400, body: { error: 'Invalid JSON', errors: [{ path: '', message }] } };
  }
  if (type === 'entity.too.large') {
    const message = `must be at most ${typeof limit === 'number' ? limit : limits.controlBodyBytes} bytes`;
    const what = path.endsWith('/policy') ? 'Policy' : 'Request body';
    return { status: 413, body: { error: `${what} too large`, errors: [{ path: '', message }] } };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    return { status, body: { error: 'Bad request', errors: [{ path: '', message }] } };
  }
  return { status: 500, body: { error: 'Internal error: the server log has the details' } };
}

/**
 * `policyParseSliced`, letting the event loop serve other requests between slices, and how long the
 * slices kept it busy (the sandbox's next write waits in proportion: `PolicyWriteQueue`).
 */
async function policyParseMeasured(input: unknown) {
  let busyMs = 0;
  let sliceStart = performance.now();
  const parsed = await policyParseSliced(input, () => {
    busyMs += performance.now() - sliceStart;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStart = performance.now();
        resolve();
      }),
    );
  });
  busyMs += performance.now() - sliceStart;
  return { parsed, busyMs };
}

/** What the control plane works with: everything the app origin knows. */
export interface ControlPlane {
  store: SandboxStore;
  guard: ControlGuardOptions;
  config: PlaygroundConfig;
  limits: PlaygroundLimits;
  streams: EventStreams;
  /** Set in workshop mode: every sandbox then needs its participant's (or the instructor's) credential. */
  workshop?: ControlWorkshop;
  /** The challenges' progress; without it the challenge endpoints are absent. Default none. */
  board?: ChallengeBoard;
}

/** How many requests `GET /control/sandboxes/:sandbox/events/recent` answers, newest last. */
const eventsRecentCount = 10;

/**
 * The control plane, mounted on the app origin: read and replace the live policy, stream what the lab
 * API receives. It is never governed by the playground policy and refuses every foreign origin.
 */
export function controlRouter({
  store,
  guard,
  config,
  limits,
  streams,
  workshop,
  board,
}: ControlPlane): Router {
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

  if (workshop) router.use('/workshop', workshopRouter(workshop));

  const sandboxParam = (req: Request, res: Response): Sandbox | undefined => {
    const id = typeof req.params.sandbox === 'string' ? req.params.sandbox : sandboxDefaultId;
    if (!sandboxIdIsValid(id)) {
      res.status(400).json({
        error: `Invalid sandbox id ${JSON.stringify(id)}`,
        errors: [{ path: 'sandbox', message: sandboxIdRule }],
      });
      return undefined;
    }
    const refusal = workshop && workshopSandboxRefusal(workshop.room, req, id);
    if (refusal) {
      res.status(refusal.status).json({ error: refusal.reason });
      return undefined;
    }
    const sandbox = store.sandboxEnsure(id);
    if ('full' in sandbox) {
      res.status(503).set('retry-after', `${sandbox.retryAfterSeconds}`).json({ error: sandbox.reason });
      return undefined;
    }
    return sandbox;
  };

  const policyGet = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox) res.json(sandbox.policy);
  };

  const writes = new PolicyWriteQueue();
  // Before the body is read: a write waits for its sandbox's turn, or is refused at once.
  const policyWriteTurn = async (req: Request, res: Response, next: NextFunction) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const turn = writes.enter(sandbox.id);
    if (!turn) {
      res.status(429).set('retry-after', `${policyWriteQueueLimitsDefault.retryAfterSeconds}`).json({
        error:
          'This sandbox already has policy changes being applied: send this one again when they are answered',
      });
      return;
    }
    const release = await turn;
    // 'close' comes when the answer is sent or the client went away; a client gone already is done.
    res.once('close', () => release(Number(res.locals.policyBusyMs ?? 0)));
    if (req.socket.destroyed) return release(0);
    res.locals.sandbox = sandbox;
    next();
  };

  const policyPut = async (req: Request, res: Response) => {
    const sandbox = res.locals.sandbox as Sandbox;
    const by = policyChangeLabel(req, res);
    if (by === undefined) return;
    const { parsed, busyMs } = await policyParseMeasured(req.body);
    res.locals.policyBusyMs = busyMs;
    if (!parsed.ok) {
      res.status(400).json({ error: 'Invalid policy', errors: parsed.errors });
      return;
    }
    if (!policySave(sandbox, parsed.policy)) {
      res
        .status(413)
        .json({ error: `Policy too large to keep: at most ${workshopPolicyBytes} bytes once parsed` });
      return;
    }
    sandbox.policyReplace(parsed.policy, by);
    res.json(parsed.policy);
  };
  // Kept with the workshop before it goes live: a policy too large to keep is refused, never half-applied.
  const policySave: PolicySave = (sandbox, policy) =>
    !workshop || workshop.room.participantPolicySave(sandbox.id, policy);

  const eventsGet = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (!sandbox) return;
    const refusal = req.method === 'HEAD' ? undefined : streams.refusal(sandbox);
    if (refusal) {
      res
        .status(refusal.status)
        .set('retry-after', `${refusal.retryAfterSeconds}`)
        .type('text/plain')
        .send(refusal.reason);
      return;
    }
    const lastId = Number(req.get('last-event-id') ?? req.query.since ?? Number.NaN);
    streams.serve(req, res, sandbox, lastId, () => store.sandboxTouch(sandbox));
  };

  // The newest few requests as JSON, for a look from outside (the workshop instructor's view of a
  // participant) without holding one of the sandbox's few event streams.
  const eventsRecent = (req: Request, res: Response) => {
    const sandbox = sandboxParam(req, res);
    if (sandbox)
      res.json(
        sandbox
          .eventsSince(0)
          .slice(-eventsRecentCount)
          .map((event) => JSON.parse(event.data)),
      );
  };

  const jsonBody = express.json({ limit: limits.controlBodyBytes, type: 'application/json' });
  router.get('/policy', policyGet);
  router.put('/policy', policyWriteTurn, jsonBody, policyPut);
  router.get('/events', eventsGet);
  router.get('/sandboxes/:sandbox/policy', policyGet);
  router.put('/sandboxes/:sandbox/policy', policyWriteTurn, jsonBody, policyPut);
  router.get('/sandboxes/:sandbox/events', eventsGet);
  router.get('/sandboxes/:sandbox/events/recent', eventsRecent);
  policyHistoryControl(router, sandboxParam, jsonBody, policySave);
  sendControl(router, sandboxParam, jsonBody);
  if (board) challengeControl(router, sandboxParam, board, jsonBody);
  router.use((_req, res) => {
    res.status(404).json({ error: 'No such control endpoint' });
  });
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const answer = controlError(error, req.path, limits);
    if (answer.status === 500) console.error('Control plane error:', error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(answer.status).json(answer.body);
  });
  return router;
}
