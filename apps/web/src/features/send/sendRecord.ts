import type { FetchRequest, HeaderList } from '@cors-playground/engine';
import { sandboxLabPathParse, type LabEvent } from '@cors-playground/protocol';
import type { SendRecord } from '../../store/historySlice.ts';
import type { RequestDraft } from '../../store/requestSlice.ts';
import { labFetchInit } from './labFetch.ts';

/** The server events of a send, from the live stream: after its start, before the next send's. */
export function sendRecordEvents(
  record: SendRecord,
  events: readonly LabEvent[],
  nextFrom: number | null,
): LabEvent[] {
  if (record.events) return record.events;
  return events.filter((e) => e.id > record.eventIdFrom && (nextFrom === null || e.id <= nextFrom));
}

/** The lab API's view of a URL: the `/s/<sandbox>` prefix is how we address a sandbox, not the route. */
export function sendRecordLabUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = sandboxLabPathParse(parsed.pathname).path;
  return parsed.href;
}

/**
 * What the engine predicts for a send of `draft` to `url` from `pageOrigin`: the fetch as the page
 * makes it, routed as the lab API routes it (without the sandbox prefix).
 */
export function sendRecordRequest(pageOrigin: string, url: string, draft: RequestDraft): FetchRequest {
  const init = labFetchInit(draft);
  return {
    pageOrigin,
    url: sendRecordLabUrl(url),
    method: draft.method,
    headers: init.headers as Array<[string, string]>,
    credentials: draft.credentials,
    mode: draft.mode,
    redirect: draft.redirect,
    cache: draft.cache,
    body: draft.body,
  };
}

/** Header value lookup, case-insensitive. */
export function sendRecordHeader(headers: HeaderList, name: string): string | null {
  const lower = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
  return values.length > 0 ? values.join(', ') : null;
}
