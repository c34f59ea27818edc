import type { StateCreator } from 'zustand';
import { requestDraftDefault, type RequestDraft } from '@cors-playground/client';

export interface RequestSlice {
  requestPath: RequestDraft['path'];
  requestMethod: RequestDraft['method'];
  requestHeaders: RequestDraft['headers'];
  requestCredentials: RequestDraft['credentials'];
  requestMode: RequestDraft['mode'];
  requestRedirect: RequestDraft['redirect'];
  requestCache: RequestDraft['cache'];
  requestBody: RequestDraft['body'];
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
