import type { WorkshopRoomView } from '@cors-playground/protocol';

/** Where a participant is in one challenge; undefined: not started. */
export type WorkshopAttemptState = 'started' | 'exploited' | 'fixed';

type WorkshopProgress = WorkshopRoomView['participants'][number]['progress'][string];

/**
 * The state of one challenge attempt, from the room's progress record. The one place that reads the
 * record's fields: the room's progress will carry the state itself, and this becomes `attempt?.state`.
 */
export function workshopAttemptState(
  progress: WorkshopProgress | undefined,
): WorkshopAttemptState | undefined {
  if (progress === undefined) return undefined;
  if (progress.fixedAt !== undefined) return 'fixed';
  if (progress.solvedAt !== undefined) return 'exploited';
  return 'started';
}

/** How many participants reached each state of one challenge (a fixed attempt was exploited first). */
export interface WorkshopChallengeTally {
  started: number;
  exploited: number;
  fixed: number;
}

/** The per-challenge aggregate of the room: who got how far in each challenge. */
export function workshopChallengeTally(room: WorkshopRoomView, challenge: string): WorkshopChallengeTally {
  const tally = { started: 0, exploited: 0, fixed: 0 };
  for (const participant of room.participants) {
    const state = workshopAttemptState(participant.progress[challenge]);
    if (state === undefined) continue;
    tally.started++;
    if (state === 'exploited' || state === 'fixed') tally.exploited++;
    if (state === 'fixed') tally.fixed++;
  }
  return tally;
}
