import { useMutation } from '@tanstack/react-query';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import { workshopMutations } from '../../api/workshopApi.ts';

/** A challenge as the room table names it. */
export interface WorkshopChallengeColumn {
  id: string;
  title: string;
}

type Participant = WorkshopRoomView['participants'][number];

/** Minutes without activity after which a participant is shown as idle. */
const idleMinutes = 5;

function cell(participant: Participant, challenge: string): string {
  const state = participant.progress[challenge]?.state;
  return state === 'fixed' || state === 'exploited' ? state : '—';
}

/**
 * Participants × challenges, live: who exploited a challenge, who proved their fix, who has gone quiet.
 * `now` is passed in so the table renders the same for the same data.
 */
export function WorkshopRoomTable({
  room,
  challenges,
  now,
}: {
  room: WorkshopRoomView;
  challenges: WorkshopChallengeColumn[];
  now: number;
}) {
  const reset = useMutation(workshopMutations.reset());
  const remove = useMutation(workshopMutations.remove());
  if (room.participants.length === 0) return <p>Nobody has joined yet.</p>;
  return (
    <table className="workshop-room">
      <caption>
        {room.participants.length} participant{room.participants.length === 1 ? '' : 's'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Participant</th>
          {challenges.map((challenge) => (
            <th scope="col" key={challenge.id}>
              {challenge.title}
            </th>
          ))}
          <th scope="col">Last active</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {room.participants.map((participant) => {
          const quietMinutes = Math.floor((now - participant.lastSeenAt) / 60_000);
          return (
            <tr key={participant.id}>
              <th scope="row">{participant.name}</th>
              {challenges.map((challenge) => (
                <td key={challenge.id} data-challenge={challenge.id}>
                  {cell(participant, challenge.id)}
                </td>
              ))}
              <td>{quietMinutes >= idleMinutes ? `idle ${quietMinutes} min` : 'active'}</td>
              <td>
                <button
                  type="button"
                  onClick={() => reset.mutate(participant.id)}
                  aria-label={`Reset ${participant.name}`}
                >
                  Reset
                </button>{' '}
                <button
                  type="button"
                  onClick={() =>
                    window.confirm(
                      `Remove ${participant.name}? Their seat is freed and their browser is logged out.`,
                    ) && remove.mutate({ participant: participant.id })
                  }
                  aria-label={`Remove ${participant.name}`}
                >
                  Remove
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
