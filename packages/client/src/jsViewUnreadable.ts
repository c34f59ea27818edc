import type { HeaderList } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { JsView } from './jsView.ts';

/**
 * Response headers the server sent on the last request of the send that JavaScript could not read:
 * compares the server's own record of its response with what `response.headers` exposed.
 */
export function jsViewUnreadable(js: JsView, events: readonly LabEvent[]): HeaderList {
  const last = [...events].reverse().find((e) => e.kind === 'actual');
  if (!last) return [];
  const readable = new Set(js.headers.map(([name]) => name.toLowerCase()));
  const seen = new Set<string>();
  const hidden: HeaderList = [];
  for (const [name, value] of last.responseHeaders) {
    const lower = name.toLowerCase();
    if (readable.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    hidden.push([lower, value]);
  }
  return hidden;
}
