import type { ChallengeAttempt, ChallengeAttemptState, WorkshopRoomView } from '@cors-playground/protocol';

/** Where a participant is in one challenge; undefined: not started. */
export type WorkshopAttemptState = ChallengeAttemptState;

/** The state of one challenge attempt, as the server decided it (absent: not started). */
export function workshopAttemptState(
  attempt: ChallengeAttempt | undefined,
): WorkshopAttemptState | undefined {
  return attempt?.state;
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
