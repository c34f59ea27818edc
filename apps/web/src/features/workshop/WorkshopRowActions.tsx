import { useMutation } from '@tanstack/react-query';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import { workshopMutations } from '../../api/workshopApi.ts';

type Participant = WorkshopRoomView['participants'][number];

/**
 * A participant's name (selecting it shows what they did) and the instructor's actions on them, where
 * the eye already is: reset and remove ask first, hint opens the message form addressed to them.
 */
export function WorkshopRowActions({
  participant,
  selected,
  onSelect,
  onHint,
}: {
  participant: Participant;
  selected: boolean;
  onSelect: () => void;
  onHint: () => void;
}) {
  const reset = useMutation(workshopMutations.reset());
  const remove = useMutation(workshopMutations.remove());
  const { name } = participant;
  return (
    <span className="workshop-row">
      <button type="button" className="workshop-row-name" aria-pressed={selected} onClick={onSelect}>
        {name}
      </button>
      <span className="workshop-row-actions">
        <button type="button" onClick={onHint} aria-label={`Hint to ${name}`} title={`Hint to ${name}`}>
          Hint
        </button>
        <button
          type="button"
          onClick={() =>
            window.confirm(
              `Reset ${name}? Their progress goes and their live policy becomes the starting one.`,
            ) && reset.mutate(participant.id)
          }
          aria-label={`Reset ${name}`}
          title={`Reset ${name}`}
        >
          Reset
        </button>
        <button
          type="button"
          onClick={() =>
            window.confirm(`Remove ${name}? Their seat is freed and their browser is logged out.`) &&
            remove.mutate({ participant: participant.id })
          }
          aria-label={`Remove ${name}`}
          title={`Remove ${name}`}
        >
          Remove
        </button>
      </span>
    </span>
  );
}
