import type { WorkshopRoomView } from '@cors-playground/protocol';

/** Every message the instructor sent (the room keeps the newest 100), newest first, with its recipient. */
export function WorkshopSentMessages({ room }: { room: WorkshopRoomView }) {
  if (room.messages.length === 0) return null;
  const names = new Map(room.participants.map((participant) => [participant.id, participant.name]));
  return (
    <section className="workshop-sent" aria-label="Sent messages">
      <h2>Sent</h2>
      <ol data-testid="workshop-sent">
        {[...room.messages].reverse().map((message) => (
          <li key={message.id}>
            <time dateTime={new Date(message.at).toISOString()}>
              {new Date(message.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
            </time>{' '}
            <strong>
              {message.to ? `Hint to ${names.get(message.to) ?? 'a participant'}` : 'Everyone'}:
            </strong>{' '}
            {message.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
