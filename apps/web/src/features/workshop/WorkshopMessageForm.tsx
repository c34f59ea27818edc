import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { workshopMessageLengthMax, type WorkshopRoomView } from '@cors-playground/protocol';
import { workshopMutations } from '../../api/workshopApi.ts';

/** The id of the message field, which a row's Hint button focuses. */
export const workshopMessageFieldId = 'workshop-message-text';

/**
 * The instructor's message to the whole room, or a hint to one participant. `to` (a participant id, or
 * '' for everyone) is the page's, so a row's Hint button can address the form.
 */
export function WorkshopMessageForm({
  participants,
  to,
  onToChange,
}: {
  participants: WorkshopRoomView['participants'];
  to: string;
  onToChange: (to: string) => void;
}) {
  const [text, setText] = useState('');
  const send = useMutation(workshopMutations.message());
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    send.mutate({ text: text.trim(), ...(to ? { to } : {}) }, { onSuccess: () => setText('') });
  };
  return (
    <form className="workshop-message-form" onSubmit={submit}>
      <label htmlFor={workshopMessageFieldId}>Message</label>
      <input
        id={workshopMessageFieldId}
        value={text}
        maxLength={workshopMessageLengthMax}
        onChange={(e) => setText(e.target.value)}
      />
      <label htmlFor={`${id}-to`}>To</label>
      <select id={`${id}-to`} value={to} onChange={(e) => onToChange(e.target.value)}>
        <option value="">Everyone</option>
        {participants.map((participant) => (
          <option key={participant.id} value={participant.id}>
            {participant.name} (hint)
          </option>
        ))}
      </select>
      <button type="submit" disabled={send.isPending}>
        Send
      </button>
      {send.isError && <p role="alert">Not sent: {send.error.message}</p>}
    </form>
  );
}
