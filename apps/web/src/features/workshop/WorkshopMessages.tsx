import { useState } from 'react';
import { Link } from 'react-router';
import type { WorkshopMe } from '@cors-playground/protocol';
import { appPaths } from '@cors-playground/protocol/paths';
import './workshopMessages.css';

/** Where this browser remembers the messages it dismissed (ids only), so a reload keeps them away. */
const dismissedKey = 'cors-playground.workshop.dismissed';

function dismissedRead(): number[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(dismissedKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is number => typeof id === 'number') : [];
  } catch {
    return [];
  }
}

/**
 * What the instructor says to the room (and hints to this participant), newest first, announced as
 * they arrive, each dismissable; and a notice once the workshop has ended.
 */
export function WorkshopMessages({ me }: { me: WorkshopMe }) {
  const [dismissed, setDismissed] = useState(dismissedRead);
  const dismiss = (id: number) => {
    // Only ids the room still holds are kept: the list never outgrows the room's 100 messages.
    const next = [...dismissed, id].filter((kept) => me.messages.some((m) => m.id === kept));
    setDismissed(next);
    localStorage.setItem(dismissedKey, JSON.stringify(next));
  };
  const messages = [...me.messages]
    .reverse()
    .filter((message) => !dismissed.includes(message.id))
    .slice(0, 3);
  return (
    <aside className="workshop-messages" aria-label="Messages from the instructor">
      <p className="workshop-messages-who">
        Workshop: you are <strong>{me.name}</strong>. A lab behaves oddly?{' '}
        <Link to={appPaths.workshopCheck}>Check your setup</Link>.
      </p>
      <div role="status" aria-live="polite">
        {me.ended && <p className="workshop-ended">The workshop has ended. Your playground keeps working.</p>}
        {messages.map((message) => (
          <p key={message.id} className={message.to ? 'workshop-message workshop-hint' : 'workshop-message'}>
            <span>
              <strong>{message.to ? 'Hint for you: ' : 'Instructor: '}</strong>
              {message.text}
            </span>
            <button
              type="button"
              className="workshop-message-dismiss"
              aria-label={`Dismiss: ${message.text}`}
              onClick={() => dismiss(message.id)}
            >
              ×
            </button>
          </p>
        ))}
      </div>
    </aside>
  );
}
