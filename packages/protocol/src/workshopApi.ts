// zod/mini: the web app parses these answers, and its initial bundle has a size budget.
import * as z from 'zod/mini';
import { challengeAttemptSchema } from './challengeAttempt.ts';

/**
 * The workshop part of the control plane (`/control/workshop/…`, only when the server runs with
 * `--workshop`): joining, who I am, and the instructor's view of the room.
 */

/** Longest display name, in characters (code points, after NFC and trimming). */
export const workshopNameLengthMax = 40;

/** Longest room message or hint, in characters. */
export const workshopMessageLengthMax = 500;

/** A display name: what the instructor's table shows. Trimmed, 1 to `workshopNameLengthMax` characters. */
export const workshopNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(workshopNameLengthMax));

/** `PUT /control/workshop/me`: join (or rename yourself). */
export const workshopJoinRequestSchema = z.object({ name: workshopNameSchema });

/** `PUT /control/workshop/instructor/session`: the single-use secret from an instructor login link. */
export const workshopInstructorSessionSchema = z.object({ secret: z.string().check(z.maxLength(128)) });

/**
 * `PUT /control/workshop/instructor/remove`: one participant, or everyone who joined in the last
 * `joinedWithinMinutes` (1 to 1,440). Exactly one of the two.
 */
export const workshopRemoveRequestSchema = z.object({
  participant: z.optional(z.string().check(z.maxLength(64))),
  joinedWithinMinutes: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(1440))),
});

/** `PUT /control/workshop/instructor/login-link`: a new single-use login link for the instructor. */
export const workshopLoginLinkSchema = z.object({
  /** `/workshop/instructor#secret=…`, to put after the app origin. */
  path: z.string(),
  expiresAt: z.number(),
});

/** `PUT /control/workshop/instructor/message`: to the room, or to one participant. */
export const workshopMessageRequestSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(workshopMessageLengthMax)),
  to: z.optional(z.string()),
});

/** `PUT /control/workshop/instructor/reset`: one participant, or everyone when `participant` is absent. */
export const workshopResetRequestSchema = z.object({ participant: z.optional(z.string()) });

/** A participant's attempt at one challenge, as the server decided it. */
export const workshopProgressViewSchema = challengeAttemptSchema;

export const workshopMessageViewSchema = z.object({
  id: z.number(),
  at: z.number(),
  text: z.string(),
  to: z.optional(z.string()),
});

/** `GET /control/workshop/me`: the participant this browser is, with their sandbox. */
export const workshopMeSchema = z.object({
  /** The participant's sandbox id (`?sandbox=` and `/s/<id>/…`). */
  sandbox: z.string(),
  name: z.string(),
  progress: z.record(z.string(), workshopProgressViewSchema),
  messages: z.array(workshopMessageViewSchema),
  ended: z.boolean(),
});

/** `GET /control/workshop/instructor/room`. */
export const workshopRoomSchema = z.object({
  startedAt: z.number(),
  endedAt: z.optional(z.number()),
  participants: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      joinedAt: z.number(),
      lastSeenAt: z.number(),
      progress: z.record(z.string(), workshopProgressViewSchema),
    }),
  ),
  messages: z.array(workshopMessageViewSchema),
  /** Why the room cannot be saved right now (changes live only in memory); absent while saves work. */
  saveError: z.optional(z.string()),
});

/** `GET /control/workshop/status`: what anyone may know of the room before joining. */
export const workshopStatusSchema = z.object({ ended: z.boolean() });

export type WorkshopMe = z.infer<typeof workshopMeSchema>;
export type WorkshopRoomView = z.infer<typeof workshopRoomSchema>;
export type WorkshopLoginLink = z.infer<typeof workshopLoginLinkSchema>;
export type WorkshopStatus = z.infer<typeof workshopStatusSchema>;
