// zod/mini: these schemas ship in the app's initial bundle, which has a size budget.
import * as z from 'zod/mini';

/**
 * Where a challenge attempt stands, as the server decided it (docs/challenges.md, "Glossary"): absent
 * = not started; `started` = its vulnerable policy went live; `exploited` = the victim's API received
 * the exploit from an attacker seat's origin and the prize reached the attacker; `fixed` = that very
 * request, replayed against the live policy, is blocked and the victim's app still works.
 */
export const challengeAttemptStateSchema = z.enum(['started', 'exploited', 'fixed']);

/** A recorded request header, the session's value redacted (the replay attaches a fresh one). */
const attemptHeaderSchema = z.tuple([z.string(), z.string()]);

/**
 * What the browser sent when the exploit worked: the server's proof of `exploited`, and the request
 * it replays against each new policy to decide `fixed`.
 */
export const challengeEvidenceSchema = z.object({
  /** The `Origin` the victim's API received: an attacker seat's origin, or `null`. */
  origin: z.string(),
  /** The attacker seat that origin belongs to (`null` for an opaque origin). */
  seat: z.string(),
  /** Whether the victim's session (cookie or bearer token) travelled with the request. */
  sessionTravelled: z.boolean(),
  /** The request line, e.g. `GET /api-key` (the stage token left out). */
  requestLine: z.string(),
  /** The request's headers as the API saw them, session values redacted. */
  headers: z.array(attemptHeaderSchema),
  body: z.nullable(z.string()),
  /** When the API received it. */
  at: z.number(),
});

/** One sandbox's attempt at one challenge: the one model of progress every view shows. */
export const challengeAttemptSchema = z.object({
  state: challengeAttemptStateSchema,
  startedAt: z.number(),
  exploitedAt: z.optional(z.number()),
  fixedAt: z.optional(z.number()),
  evidence: z.optional(challengeEvidenceSchema),
});

/** Challenge id → attempt (a challenge never started has none). */
export const challengeAttemptsSchema = z.record(z.string(), challengeAttemptSchema);

export type ChallengeAttemptState = z.infer<typeof challengeAttemptStateSchema>;
export type ChallengeEvidence = z.infer<typeof challengeEvidenceSchema>;
export type ChallengeAttempt = z.infer<typeof challengeAttemptSchema>;
export type ChallengeAttempts = z.infer<typeof challengeAttemptsSchema>;
