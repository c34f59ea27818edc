import type { WorkshopRoomView } from '@cors-playground/protocol';
import { workshopAttemptState } from './workshopAttemptState.ts';

type Participant = WorkshopRoomView['participants'][number];

function minutesAgo(at: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - at) / 60_000));
  return minutes === 0 ? 'less than a minute ago' : `${minutes} min ago`;
}

/**
 * Where a participant is, in a sentence: the challenge they began last and have not fixed, its state
 * and since when; else how many they fixed.
 */
export function workshopStuck(
  participant: Participant,
  challenges: readonly { id: string; title: string }[],
  now: number,
): string {
  const open = challenges
    .filter((challenge) => {
      const state = workshopAttemptState(participant.progress[challenge.id]);
      return state === 'started' || state === 'exploited';
    })
    .sort(
      (a, b) => (participant.progress[b.id]?.startedAt ?? 0) - (participant.progress[a.id]?.startedAt ?? 0),
    )[0];
  const attempt = open && participant.progress[open.id];
  if (open && attempt) {
    if (attempt.state === 'exploited' && attempt.exploitedAt !== undefined) {
      return `On “${open.title}”: exploited ${minutesAgo(attempt.exploitedAt, now)} (started ${minutesAgo(attempt.startedAt, now)}), not fixed yet.`;
    }
    return `On “${open.title}”: started ${minutesAgo(attempt.startedAt, now)}, not exploited yet.`;
  }
  const fixed = challenges.filter(
    (challenge) => workshopAttemptState(participant.progress[challenge.id]) === 'fixed',
  ).length;
  if (fixed > 0) return `Fixed ${fixed} of ${challenges.length} challenges; none open now.`;
  return `No challenge started yet; joined ${minutesAgo(participant.joinedAt, now)}.`;
}
