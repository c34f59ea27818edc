import type { HeaderList } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';

/**
 * `text` cut to its first `max` characters with the cut said out loud (`… 14,212 more bytes`), so a
 * huge header is visibly shortened rather than silently wrong. Text within `max` is returned as is.
 */
export function eventClipText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never split a surrogate pair: half a character would not survive JSON round trips intact.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  const rest = Buffer.byteLength(text.slice(end), 'utf8');
  return `${text.slice(0, end)}… ${rest.toLocaleString('en-US')} more bytes`;
}

function eventClipHeaders(headers: HeaderList, max: number): HeaderList {
  if (headers.every(([name, value]) => name.length <= max && value.length <= max)) return headers;
  return headers.map(([name, value]) => [eventClipText(name, max), eventClipText(value, max)]);
}

/** The event with every text longer than `max` clipped. */
export function eventClip(event: LabEvent, max: number): LabEvent {
  return {
    ...event,
    method: eventClipText(event.method, max),
    url: eventClipText(event.url, max),
    origin: event.origin === null ? null : eventClipText(event.origin, max),
    requestHeaders: eventClipHeaders(event.requestHeaders, max),
    responseHeaders: eventClipHeaders(event.responseHeaders, max),
    notes: event.notes.map((note) => eventClipText(note, max)),
  };
}
