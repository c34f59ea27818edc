import { challengeAttemptsBrief } from '@cors-playground/protocol';
import type { WorkshopParticipant, WorkshopState } from './workshopState.ts';

/** What the instructor sees of a participant: never the credential's hash. */
export type WorkshopParticipantView = Omit<WorkshopParticipant, 'credentialHash' | 'policy'>;

/** The room as the instructor sees it. */
export interface WorkshopRoomOverview {
  startedAt: number;
  endedAt?: number;
  participants: WorkshopParticipantView[];
  /** Why the last save failed, while it does. */
  saveError?: string;
}

/** The instructor's view of a room's `state`: no credential hash, no policy, each attempt in brief. */
export function workshopRoomOverview(
  state: WorkshopState,
  saveError: string | undefined,
): WorkshopRoomOverview {
  const participants = state.participants.map(
    ({ credentialHash: _hash, policy: _policy, progress, ...view }) => ({
      ...view,
      progress: challengeAttemptsBrief(progress),
    }),
  );
  return {
    startedAt: state.startedAt,
    endedAt: state.endedAt,
    participants,
    ...(saveError === undefined ? {} : { saveError }),
  };
}
