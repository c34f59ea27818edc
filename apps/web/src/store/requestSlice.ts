import type { StateCreator } from 'zustand';
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

export interface RequestSlice {
  requestPath: string;
  requestMethod: string;
  requestHeaders: HeaderList;
  requestCredentials: RequestCredentials;
  requestMode: RequestMode;
  requestRedirect: RequestRedirect;
  requestCache: RequestCacheMode;
  requestBody: string | null;
  /** Replaces some fields (quick picks, re-run, permalink restore). */
  requestPatch: (patch: Partial<RequestDraft>) => void;
  requestHeaderSet: (index: number, header: [string, string]) => void;
  requestHeaderAdd: (header?: [string, string]) => void;
  requestHeaderRemove: (index: number) => void;
}

/** The draft as one object, for snapshots (history, permalink). */
export function requestDraftOf(state: RequestSlice): RequestDraft {
  return {
    path: state.requestPath,
    method: state.requestMethod,
    headers: state.requestHeaders,
    credentials: state.requestCredentials,
    mode: state.requestMode,
    redirect: state.requestRedirect,
    cache: state.requestCache,
    body: state.requestBody,
  };
}

function requestSliceFields(draft: Partial<RequestDraft>): Partial<RequestSlice> {
  const fields: Partial<RequestSlice> = {};
  if (draft.path !== undefined) fields.requestPath = draft.path;
  if (draft.method !== undefined) fields.requestMethod = draft.method;
  if (draft.headers !== undefined) fields.requestHeaders = draft.headers;
  if (draft.credentials !== undefined) fields.requestCredentials = draft.credentials;
  if (draft.mode !== undefined) fields.requestMode = draft.mode;
  if (draft.redirect !== undefined) fields.requestRedirect = draft.redirect;
  if (draft.cache !== undefined) fields.requestCache = draft.cache;
  if (draft.body !== undefined) fields.requestBody = draft.body;
  return fields;
}

export const requestSliceCreate: StateCreator<RequestSlice, [], [], RequestSlice> = (set) => ({
  ...(requestSliceFields(requestDraftDefault()) as Omit<
    RequestSlice,
    'requestPatch' | 'requestHeaderSet' | 'requestHeaderAdd' | 'requestHeaderRemove'
  >),
  requestPatch: (patch) => set(requestSliceFields(patch)),
  requestHeaderSet: (index, header) =>
    set((state) => ({ requestHeaders: state.requestHeaders.map((h, i) => (i === index ? header : h)) })),
  requestHeaderAdd: (header = ['', '']) =>
    set((state) => ({ requestHeaders: [...state.requestHeaders, header] })),
  requestHeaderRemove: (index) =>
    set((state) => ({ requestHeaders: state.requestHeaders.filter((_, i) => i !== index) })),
});
