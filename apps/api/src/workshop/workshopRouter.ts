import express, { type Request, type Response, type Router } from 'express';
import * as z from 'zod/mini';
import {
  challengeAttemptsBrief,
  workshopInstructorSessionSchema,
  workshopJoinRequestSchema,
  workshopMessageRequestSchema,
  workshopRemoveRequestSchema,
  workshopResetRequestSchema,
  type WorkshopLoginLink,
  type WorkshopMe,
  type WorkshopRoomView,
  type WorkshopStatus,
} from '@cors-playground/protocol';
import { workshopClientAddress } from './workshopClientAddress.ts';
import { workshopCookieRead, workshopCookieSet } from './workshopCredential.ts';
import { WorkshopJoinLimit } from './workshopJoinLimit.ts';
import type { WorkshopRoom } from './workshopRoom.ts';
import type { WorkshopRefusal } from './workshopRoster.ts';
import { WorkshopRoomStreams, workshopRoomView } from './workshopRoomStreams.ts';
import type { WorkshopParticipant } from './workshopState.ts';

/** A workshop as the control plane serves it. */
export interface WorkshopRouterOptions {
  room: WorkshopRoom;
  /** The app is served over https, so the cookies are `Secure`. */
  secure: boolean;
  /** Reverse proxies whose `X-Forwarded-For` the join limit believes (`--trust-proxy`). Default none. */
  trustProxy?: readonly string[];
  /** How fast one address may join. Default `new WorkshopJoinLimit()` (`workshopJoinLimitsDefault`). */
  joinLimit?: WorkshopJoinLimit;
  /** The instructor's live room views. Default `new WorkshopRoomStreams(room)`. */
  roomStreams?: WorkshopRoomStreams;
}

/** Largest workshop request body: a name, a message or a login secret fits many times over. */
export const workshopBodyBytes = 4 * 1024;

/**
 * `/control/workshop/…`: join and who-am-I for participants, the room for the instructor. Mounted
 * inside the control plane, behind its guard (same origin only, right `Host`, JSON writes).
 */
export function workshopRouter({
  room,
  secure,
  trustProxy = [],
  joinLimit = new WorkshopJoinLimit(),
  roomStreams = new WorkshopRoomStreams(room),
}: WorkshopRouterOptions): Router {
  const router = express.Router();
  router.use(express.json({ limit: workshopBodyBytes, type: 'application/json' }));

  // Public: the join page says the workshop has ended before anyone types a name.
  router.get('/status', (_req, res) => {
    const status: WorkshopStatus = { ended: room.ended };
    res.json(status);
  });

  router.get('/me', (req, res) => {
    const participant = workshopParticipant(room, req);
    if (!participant) {
      res.status(401).json({ error: 'Not joined yet: choose a display name to join this workshop.' });
      return;
    }
    res.json(workshopMe(room, participant));
  });

  router.put('/me', async (req, res) => {
    const body = workshopBody(workshopJoinRequestSchema, req, res);
    if (!body) return;
    const participant = workshopParticipant(room, req);
    if (participant) {
      const refusal = room.participantRename(participant, body.name);
      if (refusal) workshopRefuse(res, refusal);
      else res.json(workshopMe(room, participant));
      return;
    }
    const allowed = joinLimit.take(workshopClientAddress(req, trustProxy));
    if (!allowed.ok) {
      res.status(429).set('retry-after', `${allowed.retryAfterSeconds}`);
      res.json({
        error: `Many people joined from your network just now: try again in ${allowed.retryAfterSeconds} s.`,
        retryAfterSeconds: allowed.retryAfterSeconds,
      });
      return;
    }
    const joined = await room.joinDurable(body.name);
    if (!joined.ok) {
      workshopRefuse(res, joined);
      return;
    }
    res.set('set-cookie', workshopCookieSet('participant', joined.secret, secure));
    res.status(201).json(workshopMe(room, joined.participant));
  });

  router.put('/instructor/session', (req, res) => {
    const body = workshopBody(workshopInstructorSessionSchema, req, res);
    if (!body) return;
    const session = room.instructor.loginConsume(body.secret);
    if (session === undefined) {
      res.status(403).json({
        error:
          'This instructor login link is not valid: each works once. Use the newest one the server printed, or get a new one from the instructor page.',
      });
      return;
    }
    res.set('set-cookie', workshopCookieSet('instructor', session, secure)).json({ instructor: true });
  });

  // Everything below is the instructor's.
  router.use('/instructor', (req, res, next) => {
    if (workshopIsInstructor(room, req)) return next();
    res.status(403).json({ error: 'Only the instructor may do this (open the instructor URL first).' });
  });

  router.get('/instructor/room', (_req, res) => {
    const view: WorkshopRoomView = workshopRoomView(room);
    res.json(view);
  });

  // Live by push: a snapshot of the room after every change, for as long as the session holds.
  router.get('/instructor/room/events', (req, res) => {
    roomStreams.serve(req, res, () => workshopIsInstructor(room, req));
  });

  router.put('/instructor/reset', (req, res) => {
    const body = workshopBody(workshopResetRequestSchema, req, res);
    if (!body) return;
    if (!room.reset(body.participant) && body.participant !== undefined) {
      res.status(404).json({ error: 'No such participant' });
      return;
    }
    res.json({ reset: body.participant ?? 'everyone' });
  });

  router.put('/instructor/message', (req, res) => {
    const body = workshopBody(workshopMessageRequestSchema, req, res);
    if (!body) return;
    if (body.to !== undefined && !room.participantById(body.to)) {
      res.status(404).json({ error: 'No such participant' });
      return;
    }
    res.json(room.messagePush(body.text, body.to));
  });

  router.put('/instructor/remove', (req, res) => {
    const body = workshopBody(workshopRemoveRequestSchema, req, res);
    if (!body) return;
    if ((body.participant === undefined) === (body.joinedWithinMinutes === undefined)) {
      const message = 'give either participant or joinedWithinMinutes';
      res.status(400).json({ error: 'Invalid request', errors: [{ path: '', message }] });
      return;
    }
    const ids =
      body.participant !== undefined
        ? [body.participant]
        : room.joinedWithin((body.joinedWithinMinutes ?? 0) * 60_000);
    const removed = room.remove(ids);
    if (body.participant !== undefined && removed === 0) {
      res.status(404).json({ error: 'No such participant' });
      return;
    }
    res.json({ removed });
  });

  router.put('/instructor/login-link', (_req, res) => {
    const { token, expiresAt } = room.instructor.loginCreateShortLived();
    const link: WorkshopLoginLink = { path: `/workshop/instructor#secret=${token}`, expiresAt };
    res.json(link);
  });

  router.put('/instructor/rotate', (_req, res) => {
    const session = room.instructor.rotate();
    res.set('set-cookie', workshopCookieSet('instructor', session, secure)).json({ rotated: true });
  });

  router.put('/instructor/end', (_req, res) => {
    room.end();
    res.json({ ended: true });
  });

  return router;
}

/** The participant whose credential this request carries, if any. */
export function workshopParticipant(room: WorkshopRoom, req: Request): WorkshopParticipant | undefined {
  return room.participantFor(workshopCookieRead(req.headers.cookie, 'participant'));
}

export function workshopIsInstructor(room: WorkshopRoom, req: Request): boolean {
  return room.instructor.sessionIs(workshopCookieRead(req.headers.cookie, 'instructor'));
}

/** Answers the room's refusal, with the field at fault when there is one. */
function workshopRefuse(res: Response, refusal: WorkshopRefusal): void {
  const errors = refusal.field === undefined ? undefined : [{ path: refusal.field, message: refusal.reason }];
  res.status(refusal.status).json({ error: refusal.reason, ...(errors ? { errors } : {}) });
}

function workshopMe(room: WorkshopRoom, participant: WorkshopParticipant): WorkshopMe {
  return {
    sandbox: participant.id,
    name: participant.name,
    progress: challengeAttemptsBrief(participant.progress),
    messages: room.messagesFor(participant.id),
    ended: room.ended,
  };
}

/** The parsed body, or undefined after answering 400 with the field path. */
function workshopBody<T>(schema: z.ZodMiniType<T>, req: Request, res: Response): T | undefined {
  const parsed = z.safeParse(schema, req.body ?? {});
  if (parsed.success) return parsed.data;
  res.status(400).json({
    error: 'Invalid request',
    errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  });
  return undefined;
}

/**
 * Why this request may not read or change sandbox `id` in a workshop, or undefined when it may: the
 * instructor may see every sandbox, a participant only their own, anyone else none (whatever `Host`,
 * `Origin` or sandbox id they send).
 */
export function workshopSandboxRefusal(
  room: WorkshopRoom,
  req: Request,
  id: string,
): { status: number; reason: string } | undefined {
  if (workshopIsInstructor(room, req)) return undefined;
  const participant = workshopParticipant(room, req);
  if (!participant) {
    return { status: 401, reason: 'This is a workshop: join it first (open the join URL).' };
  }
  if (participant.id !== id) return { status: 403, reason: 'This sandbox is another participant’s.' };
  return undefined;
}
