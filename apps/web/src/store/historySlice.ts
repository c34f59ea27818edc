import type { StateCreator } from 'zustand';
import type { BrowserName, HeaderList, Policy, Trace } from '@cors-playground/engine';
import type { LabEvent } from '@cors-playground/protocol';
import type { RequestDraft } from './requestSlice.ts';

/** What JavaScript saw for one real fetch from the app origin. */
export interface JsView {
  /** Whether the promise resolved. */
  ok: boolean;
  /** `String(error)` when it rejected: the real TypeError. */
  error: string | null;
  status: number | null;
  type: string | null;
  redirected: boolean;
  /** `response.url`: where a followed redirect ended. */
  url: string | null;
  /** Every header JavaScript could read (what `response.headers` iterates). */
  headers: HeaderList;
  /** The body text, or null when unreadable (rejected, opaque). */
  body: string | null;
  /** From calling fetch() to having the body, in milliseconds. */
  durationMs: number;
}

/** One Send: the request, the prediction, what JavaScript saw and what the server saw. */
export interface SendRecord {
  /** 1, 2, 3… per tab. */
  id: number;
  draft: RequestDraft;
  /** The absolute URL fetched (sandbox prefix and any cache-busting parameter included). */
  url: string;
  /** The cache-busting query parameter added to bypass the preflight cache, if any. */
  bust: string | null;
  /** The Cookie header the prediction assumed the browser sends the API (credentialed requests). */
  cookie: string | null;
  /** The live policy the prediction used. */
  policy: Policy | null;
  browser: BrowserName;
  pageOrigin: string;
  /** Epoch milliseconds when Send was clicked. */
  startedAt: number;
  /** Server events of the send's sandbox with a larger id than this belong to this send. */
  eventIdFrom: number;
  /** The engine's prediction with this tab's preflight cache. */
  trace: Trace | null;
  /** The prediction with an empty preflight cache, when the cache changed the outcome. */
  traceUncached: Trace | null;
  js: JsView | null;
  /** What the server saw; frozen when the next send starts (live until then). */
  events: LabEvent[] | null;
  /** All three views have their data (JS result, server events settled, trace). */
  complete: boolean;
}

/** Sends kept per tab: enough for a session, bounded so a bench loop cannot grow memory forever. */
const historyLimit = 100;

export interface HistorySlice {
  /** Every send of this session, oldest first. */
  historyRecords: SendRecord[];
  /** Up to two record ids picked for side-by-side comparison, in the order picked. */
  historyCompare: number[];
  /** Adds a record, or replaces the one with the same id. */
  historyPut: (record: SendRecord) => void;
  historyPatch: (id: number, patch: Partial<SendRecord>) => void;
  historyCompareToggle: (id: number) => void;
}

export const historySliceCreate: StateCreator<HistorySlice, [], [], HistorySlice> = (set) => ({
  historyRecords: [],
  historyCompare: [],
  historyPut: (record) =>
    set((state) => {
      const exists = state.historyRecords.some((r) => r.id === record.id);
      const records = exists
        ? state.historyRecords.map((r) => (r.id === record.id ? record : r))
        : [...state.historyRecords, record].slice(-historyLimit);
      return { historyRecords: records };
    }),
  historyPatch: (id, patch) =>
    set((state) => ({
      historyRecords: state.historyRecords.map((r) => (r.id === id ? { ...r, ...patch } : r)),
    })),
  historyCompareToggle: (id) =>
    set((state) => {
      if (state.historyCompare.includes(id))
        return { historyCompare: state.historyCompare.filter((x) => x !== id) };
      return { historyCompare: [...state.historyCompare, id].slice(-2) };
    }),
});
