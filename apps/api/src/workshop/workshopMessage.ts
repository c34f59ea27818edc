import type { WorkshopMessage } from './workshopState.ts';

/** Adds a message for the room, or for one participant (a hint), to `messages`; the oldest beyond `kept` go. */
export function workshopMessagePush(
  messages: WorkshopMessage[],
  text: string,
  to: string | undefined,
  kept: number,
): WorkshopMessage {
  const last = messages.at(-1);
  const message: WorkshopMessage = { id: (last?.id ?? 0) + 1, at: Date.now(), text, ...(to ? { to } : {}) };
  messages.push(message);
  if (messages.length > kept) messages.shift();
  return message;
}

/** The messages a participant (or, with no id, the instructor) may read, oldest first. */
export function workshopMessagesFor(messages: readonly WorkshopMessage[], id?: string): WorkshopMessage[] {
  return messages.filter((m) => id === undefined || m.to === undefined || m.to === id);
}
