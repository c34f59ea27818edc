import { Link } from 'react-router';
import type { WorkshopMe } from '@cors-playground/protocol';
import { appPaths } from '../../app/appPaths.ts';

/**
 * What the instructor says to the room (and hints to this participant), newest first, announced as
 * they arrive; and a notice once the workshop has ended.
 */
export function WorkshopMessages({ me }: { me: WorkshopMe }) {
  const messages = [...me.messages].reverse().slice(0, 3);
  return (
    <aside className="workshop-messages" aria-label="Messages from the instructor">
      <p>
        Workshop: you are <strong>{me.name}</strong>. A lab behaves oddly?{' '}
        <Link to={appPaths.workshopCheck}>Check your setup</Link>.
      </p>
      <div role="status" aria-live="polite">
        {me.ended && <p className="workshop-ended">The workshop has ended. Your playground keeps working.</p>}
        {messages.map((message) => (
          <p key={message.id} className="workshop-message">
            {message.to ? 'Hint for you: ' : 'Instructor: '}
            {message.text}
          </p>
        ))}
      </div>
    </aside>
  );
}
