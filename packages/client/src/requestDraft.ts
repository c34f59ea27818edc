import type {
  HeaderList,
  RequestCacheMode,
  RequestCredentials,
  RequestMode,
  RequestRedirect,
} from '@cors-playground/engine';

/** Everything the request builder edits: what the page's script will pass to `fetch(url, init)`. */
export interface RequestDraft {
  /** Path on the lab API, with its query (`/data`, `/redirect?to=…`); the sandbox prefix is added at send. */
  path: string;
  /** As typed: fetch upper-cases only DELETE, GET, HEAD, OPTIONS, POST, PUT, so `patch` stays `patch`. */
  method: string;
  headers: HeaderList;
  credentials: RequestCredentials;
  mode: RequestMode;
  redirect: RequestRedirect;
  cache: RequestCacheMode;
  /** `null` sends no body (GET and HEAD cannot have one). */
  body: string | null;
}

/** A draft as `fetch()`'s init: what the real fetch passes, and what the prediction simulates. */
export type RequestDraftInit = Omit<RequestDraft, 'path'>;

/** fetch()'s own defaults, on the lab API's public endpoint. */
export function requestDraftDefault(): RequestDraft {
  return {
    path: '/data',
    method: 'GET',
    headers: [],
    credentials: 'same-origin',
    mode: 'cors',
    redirect: 'follow',
    cache: 'default',
    body: null,
  };
}

/** The draft as `fetch()`'s init. Empty header rows are the editor's, not the request's. */
export function requestDraftInit(draft: RequestDraft): RequestDraftInit {
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
