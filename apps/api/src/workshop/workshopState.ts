import { z } from 'zod';
import {
  challengeAttemptSchema,
  workshopMessageLengthMax,
  workshopNameLengthMax,
  type ChallengeAttempt,
} from '@cors-playground/protocol';

/**
 * What a workshop must not lose when the server restarts: who joined (and the hash of their
 * credential), each participant's live policy and challenge progress, the instructor's sessions
 * (hashed) and the messages pushed to the room. Event logs are not kept: they are bounded ring buffers of what
 * already happened, and a restart may start them afresh.
 */
/** Progress as files written before the challenge attempt model kept it. */
const workshopProgressLegacySchema = z.strictObject({
  solvedAt: z.number().optional(),
  fixedAt: z.number().optional(),
});

/** An older file's progress as an attempt: solved → exploited, fixed → fixed (no evidence to replay). */
function workshopProgressUpgrade(legacy: z.infer<typeof workshopProgressLegacySchema>): ChallengeAttempt {
  const { solvedAt, fixedAt } = legacy;
  const state = fixedAt !== undefined ? 'fixed' : solvedAt !== undefined ? 'exploited' : 'started';
  return {
    state,
    startedAt: solvedAt ?? fixedAt ?? 0,
    ...(solvedAt === undefined ? {} : { exploitedAt: solvedAt }),
    ...(fixedAt === undefined ? {} : { fixedAt }),
  };
}

/** A participant's attempt at one challenge (`ChallengeAttempt`); older files' progress is upgraded. */
export const workshopProgressSchema = z.union([
  challengeAttemptSchema,
  workshopProgressLegacySchema.transform(workshopProgressUpgrade),
]);

export const workshopParticipantSchema = z.strictObject({
  /** The participant's sandbox id: random, and never a credential on its own. */
  id: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  name: z.string().min(1).max(workshopNameLengthMax),
  /** SHA-256 of the participant's credential (the cookie's value), base64url. */
  credentialHash: z.string().min(1),
  joinedAt: z.number(),
  lastSeenAt: z.number(),
  /**
   * The participant's live policy as they last applied it, as `policyParse` returned it (at most
   * `workshopPolicyBytes` as JSON); absent until they change it. Parsed again on restore.
   */
  policy: z.unknown().optional(),
  /** Challenge id → the participant's attempt. */
  progress: z.record(z.string(), workshopProgressSchema),
});

export const workshopMessageSchema = z.strictObject({
  id: z.number().int(),
  at: z.number(),
  text: z.string().min(1).max(workshopMessageLengthMax),
  /** Shown to everyone, or to one participant (a hint for someone stuck). */
  to: z.string().optional(),
});

export const workshopStateSchema = z.strictObject({
  version: z.literal(1),
  startedAt: z.number(),
  /**
   * The instructor secret of files written before login links were single-use: read, ignored and not
   * written again (a restart prints a fresh login link instead).
   */
  instructorSecret: z.string().min(32).optional(),
  /** SHA-256 of each live instructor session (the `cp_instructor` cookie's value), base64url. */
  instructorSessions: z.array(z.string().min(1)).max(64).optional(),
  endedAt: z.number().optional(),
  participants: z.array(workshopParticipantSchema),
  messages: z.array(workshopMessageSchema),
});

export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;
export type WorkshopMessage = z.infer<typeof workshopMessageSchema>;
export type WorkshopState = z.infer<typeof workshopStateSchema>;

/** The most a participant's saved policy may take as JSON: 64 KiB (twice the control plane's body limit). */
export const workshopPolicyBytes = 64 * 1024;

/**
 * Where a workshop's state lives. One file on the instructor's laptop today (`WorkshopStateFile`); a
 * hosted course could put it in a shared database behind the same calls.
 */
export interface WorkshopStateStore {
  /** The saved state, or undefined when there is none yet. Throws on a state it cannot read. */
  load(): Promise<WorkshopState | undefined>;
  /**
   * Schedules a save of `state` (the latest call wins), written within the store's delay; cheap to
   * call after every change. `changed` lists the only participants that changed (default: any may have).
   */
  save(state: WorkshopState, changed?: readonly WorkshopParticipant[]): void;
  /** Resolves once every change saved so far is durably written; rejects when that write fails. */
  durable(): Promise<void>;
  /** Resolves once every scheduled save is written (or has failed). */
  flush(): Promise<void>;
  /** Why saving fails right now, or undefined while it works. */
  readonly error: string | undefined;
}
