import type { WorkshopRoomView } from '@cors-playground/protocol';
import { WorkshopJoinQr } from './WorkshopJoinQr.tsx';
import type { WorkshopChallengeColumn } from './WorkshopRoomTable.tsx';
import { workshopChallengeTally } from './workshopAttemptState.ts';

/**
 * What the room sees on the wall: how to join (URL and QR code), and how far the room is in each
 * challenge, in type large enough for the back row. No names and no controls.
 */
export function WorkshopProjector({
  room,
  challenges,
  joinUrl,
}: {
  room: WorkshopRoomView;
  challenges: WorkshopChallengeColumn[];
  joinUrl: string | undefined;
}) {
  const total = room.participants.length;
  return (
    <section className="workshop-projector-view" aria-label="Projector view" data-testid="workshop-projector">
      {joinUrl && (
        <div className="workshop-projector-join">
          <WorkshopJoinQr url={joinUrl} />
          <p>
            Join at
            <br />
            <strong>{joinUrl}</strong>
          </p>
          <p>
            {total} participant{total === 1 ? '' : 's'}
          </p>
        </div>
      )}
      <ol className="workshop-projector-tally">
        {challenges.map((challenge) => {
          const tally = workshopChallengeTally(room, challenge.id);
          return (
            <li key={challenge.id} data-challenge={challenge.id}>
              <span className="workshop-projector-title">{challenge.title}</span>
              <span className="workshop-projector-count">
                <span className="state-exploited">
                  ▲ {tally.exploited}/{total} exploited
                </span>{' '}
                <span className="state-fixed">✔ {tally.fixed} fixed</span>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
