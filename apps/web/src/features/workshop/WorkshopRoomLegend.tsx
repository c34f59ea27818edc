import { workshopAttemptCodes } from './WorkshopAttemptCell.tsx';
import type { WorkshopChallengeColumn } from './WorkshopRoomTable.tsx';

/** What the room table's codes and column numbers mean. */
export function WorkshopRoomLegend({ challenges }: { challenges: WorkshopChallengeColumn[] }) {
  return (
    <section className="workshop-room-legend" aria-label="Legend">
      <p>
        {(['started', 'exploited', 'fixed'] as const).map((state) => {
          const { code, icon, text } = workshopAttemptCodes[state];
          return (
            <span key={state} className={`workshop-attempt state-${state}`}>
              {icon}
              {code} {text}
            </span>
          );
        })}{' '}
        <span>· not started</span> — footer: exploited / fixed in the room
      </p>
      <ol className="workshop-room-challenges">
        {challenges.map((challenge) => (
          <li key={challenge.id}>{challenge.title}</li>
        ))}
      </ol>
    </section>
  );
}
