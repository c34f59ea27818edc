// zod/mini: these schemas ship in the app's initial bundle, which has a size budget.
import * as z from 'zod/mini';
import { challengeAttemptSchema } from './challengeAttempt.ts';

/** What reached the attacker's collect endpoint. */
export const collectEntrySchema = z.object({
  id: z.int(),
  time: z.number(),
  /** The `Origin` the report came with (`null` from a sandboxed frame), or null when it had none. */
  origin: z.nullable(z.string()),
  /** The attacker host name that received it. */
  host: z.string(),
  body: z.string(),
  /**
   * Whether it holds the challenge's prize (a secret, or an answer of the victim's API: for the
   * challenges whose lesson is that nothing private leaves, see `challengeShowsNoTheft`).
   */
  prize: z.boolean(),
});

/** One answer the bank's CDN (the shared cache in front of the victim's API) holds. */
export const cdnEntrySchema = z.object({
  path: z.string(),
  /** The `Origin` of the request that stored it, or null when it had none. */
  storedFor: z.nullable(z.string()),
  /** Its stored `Access-Control-Allow-Origin`, or null when it has none. */
  allowOrigin: z.nullable(z.string()),
  /** The request headers that select it (`Vary`), e.g. `origin: http://app…`; empty: served to everyone. */
  vary: z.array(z.string()),
  fresh: z.boolean(),
});

/**
 * A sandbox's challenge as `GET /control/sandboxes/<id>/challenge` reports it (null when none was
 * started): the attempt (the one model of progress, see `ChallengeAttempt`) and what the challenge
 * page shows around it.
 */
export const challengeStatusSchema = z.object({
  challengeId: z.string(),
  /**
   * What addresses this run on the challenge stage (`/s/<stageToken>/…`): a secret each start renews;
   * the sandbox id does not address the stage.
   */
  stageToken: z.string(),
  exploit: z.string(),
  attempt: challengeAttemptSchema,
  appWorks: z.boolean(),
  appProblem: z.nullable(z.string()),
  balance: z.number(),
  transfers: z.array(z.object({ to: z.string(), amount: z.number(), origin: z.nullable(z.string()) })),
  collect: z.array(collectEntrySchema),
  /** What the bank's CDN holds for this sandbox (empty unless something went through it). */
  cdn: z.array(cdnEntrySchema),
});

export type CollectEntry = z.infer<typeof collectEntrySchema>;
export type CdnEntry = z.infer<typeof cdnEntrySchema>;
export type ChallengeStatus = z.infer<typeof challengeStatusSchema>;
