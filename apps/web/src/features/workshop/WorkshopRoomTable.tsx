import type { WorkshopRoomView } from '@cors-playground/protocol';
import { WorkshopAttemptCell } from './WorkshopAttemptCell.tsx';
import { WorkshopRowActions } from './WorkshopRowActions.tsx';
import { workshopAttemptState, workshopChallengeTally } from './workshopAttemptState.ts';

/** A challenge as the room table names it: by its number in the list, its title in the legend. */
export interface WorkshopChallengeColumn {
  id: string;
  title: string;
}

type Participant = WorkshopRoomView['participants'][number];

/** Minutes without activity after which a participant is shown as idle. */
const idleMinutes = 5;

function workshopQuiet(participant: Participant, now: number): string {
  const quietMinutes = Math.floor((now - participant.lastSeenAt) / 60_000);
  return quietMinutes >= idleMinutes ? `idle ${quietMinutes} min` : 'active';
}

/**
 * Participants × challenges, live, sized for a laptop on a projector: names (and their actions) fixed
 * at the left, one short code per challenge (numbered columns, titles in the legend), and the room's
 * tally per challenge in the footer. `now` is passed in so the table renders the same for the same
 * data; `actions` is false in the projector view.
 */
export function WorkshopRoomTable({
  room,
  challenges,
  now,
  actions,
  selected,
  onSelect,
  onHint,
}: {
  room: WorkshopRoomView;
  challenges: WorkshopChallengeColumn[];
  now: number;
  actions: boolean;
  selected?: string;
  onSelect: (id: string) => void;
  onHint: (id: string) => void;
}) {
  if (room.participants.length === 0) return <p>Nobody has joined yet.</p>;
  const total = room.participants.length;
  return (
    <div className="workshop-room-scroll">
      <table className="workshop-room" data-testid="workshop-room">
        <caption>
          {total} participant{total === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="workshop-room-name">
              Participant
            </th>
            {challenges.map((challenge, index) => (
              <th scope="col" key={challenge.id} title={challenge.title}>
                <span aria-hidden="true">{index + 1}</span>
                <span className="visually-hidden">{challenge.title}</span>
              </th>
            ))}
            <th scope="col">Active</th>
          </tr>
        </thead>
        <tbody>
          {room.participants.map((participant) => (
            <tr key={participant.id} aria-selected={participant.id === selected}>
              <th scope="row" className="workshop-room-name">
                {actions ? (
                  <WorkshopRowActions
                    participant={participant}
                    selected={participant.id === selected}
                    onSelect={() => onSelect(participant.id)}
                    onHint={() => onHint(participant.id)}
                  />
                ) : (
                  participant.name
                )}
              </th>
              {challenges.map((challenge) => (
                <WorkshopAttemptCell
                  key={challenge.id}
                  challenge={challenge}
                  state={workshopAttemptState(participant.progress[challenge.id])}
                />
              ))}
              <td className="workshop-room-quiet">{workshopQuiet(participant, now)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="workshop-room-tally">
            <th scope="row" className="workshop-room-name">
              Room ({total})
            </th>
            {challenges.map((challenge) => {
              const tally = workshopChallengeTally(room, challenge.id);
              const text = `${challenge.title}: ${tally.exploited}/${total} exploited, ${tally.fixed} fixed`;
              return (
                <td key={challenge.id} data-challenge={challenge.id} title={text}>
                  <span aria-hidden="true" className="workshop-tally">
                    <span className="state-exploited">{tally.exploited}</span>
                    <span className="state-fixed">{tally.fixed}</span>
                  </span>
                  <span className="visually-hidden">{text}</span>
                </td>
              );
            })}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
