import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { workshopMutations } from '../../api/workshopApi.ts';

/**
 * Removing everyone who joined in the last N minutes: what the instructor does when a script fills
 * the room with made-up participants. Their seats free up, their cookies stop working.
 */
export function WorkshopRemoveRecentForm() {
  const [minutes, setMinutes] = useState(5);
  const remove = useMutation(workshopMutations.remove());
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!window.confirm(`Remove everyone who joined in the last ${minutes} min?`)) return;
    remove.mutate({ joinedWithinMinutes: minutes });
  };
  return (
    <form className="workshop-remove-recent" onSubmit={submit}>
      <label htmlFor={id}>Remove everyone who joined in the last (minutes)</label>
      <input
        id={id}
        type="number"
        min={1}
        max={1440}
        value={minutes}
        onChange={(event) =>
          setMinutes(Math.max(1, Math.min(1440, Math.round(Number(event.target.value) || 1))))
        }
      />
      <button type="submit" disabled={remove.isPending}>
        Remove recent joiners
      </button>
      {remove.isSuccess && (
        <p role="status">
          Removed {remove.data.removed} participant{remove.data.removed === 1 ? '' : 's'}.
        </p>
      )}
      {remove.isError && <p role="alert">Not removed: {remove.error.message}</p>}
    </form>
  );
}
