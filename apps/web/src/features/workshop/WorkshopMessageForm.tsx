import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { WorkshopRoomView } from '@cors-playground/protocol';
import { workshopMutations } from '../../api/workshopApi.ts';

/** The instructor's message to the whole room, or a hint to one participant. */
export function WorkshopMessageForm({ participants }: { participants: WorkshopRoomView['participants'] }) {
  const [text, setText] = useState('');
  const [to, setTo] = useState('');
  const send = useMutation(workshopMutations.message());
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') return;
    send.mutate({ text: text.trim(), ...(to ? { to } : {}) }, { onSuccess: () => setText('') });
  };
  return (
    <form className="workshop-message-form" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>Message</label>
      <input id={`${id}-text`} value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
      <label htmlFor={`${id}-to`}>To</label>
      <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
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
