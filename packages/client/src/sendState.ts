import type { SendRecord } from './sendRecord.ts';

/** Sends kept per tab: enough for a session, bounded so a bench loop cannot grow memory forever. */
const sendHistoryLimit = 100;

/** The part of the app's UI state a Send writes. */
export interface SendState {
  sendPending: boolean;
  /** How many sends finished: lets tests and screen readers tell a new result from the last one. */
  sendCount: number;
  /** The send the result panel shows (a history record id). */
  sendCurrentId: number | null;
  /**
   * The send whose verdict takes focus when it arrives: the one just started, not one shown from the
   * history. Kept in the store, not in the card, because the card may mount only after the verdict exists.
   */
  sendFocusId: number | null;
  /**
   * The `Cookie` header this browser sends the API on credentialed requests, as the server last saw
   * it (HttpOnly cookies are invisible to the page): the simulation adds it so `/private` predicts right.
   */
  sendCookie: string | null;
  /** Every send of this session, oldest first. */
  historyRecords: SendRecord[];
}

/** The id the next send gets: 1, 2, 3… per tab. */
export function sendStateNextId(state: SendState): number {
  return (state.historyRecords.at(-1)?.id ?? 0) + 1;
}

/** `record` starts: it is pending, shown, takes focus and joins the history. */
export function sendStateStart(state: SendState, record: SendRecord): Partial<SendState> {
  return {
    sendPending: true,
    sendCurrentId: record.id,
    sendFocusId: record.id,
    historyRecords: [...state.historyRecords, record].slice(-sendHistoryLimit),
  };
}

/** Record `id` with `patch` on top. */
export function sendStatePatch(state: SendState, id: number, patch: Partial<SendRecord>): Partial<SendState> {
  return { historyRecords: state.historyRecords.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}

/** The running send is done. */
export function sendStateFinish(state: SendState): Partial<SendState> {
  return { sendPending: false, sendCount: state.sendCount + 1 };
}
