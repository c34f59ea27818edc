import type { RequestDraft } from '../../store/requestSlice.ts';
import type { JsView } from '../../store/historySlice.ts';

/** Bodies are shown, not stored: keep a send record small. */
const bodyShownMax = 4000;

/** The draft as `fetch()`'s init. Empty header rows are the editor's, not the request's. */
export function labFetchInit(draft: RequestDraft): RequestInit {
  return {
    method: draft.method,
    headers: draft.headers.filter(([name]) => name.trim() !== ''),
    body: draft.body,
    credentials: draft.credentials,
    mode: draft.mode,
    redirect: draft.redirect,
    cache: draft.cache,
  };
}

/** A real fetch from the page: the browser, not us, decides what JavaScript may see. */
export async function labFetch(url: string, draft: RequestDraft): Promise<JsView> {
  const started = performance.now();
  try {
    const response = await fetch(url, labFetchInit(draft));
    const readable = response.type !== 'opaque' && response.type !== 'opaqueredirect';
    const text = readable ? await response.text() : null;
    return {
      ok: true,
      error: null,
      status: response.status,
      type: response.type,
      redirected: response.redirected,
      url: response.url || null,
      headers: [...response.headers.entries()],
      body: text === null ? null : text.length > bodyShownMax ? `${text.slice(0, bodyShownMax)}…` : text,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    return {
      ok: false,
      error: String(error),
      status: null,
      type: null,
      redirected: false,
      url: null,
      headers: [],
      body: null,
      durationMs: performance.now() - started,
    };
  }
}
