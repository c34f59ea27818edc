import type { StateCreator } from 'zustand';

/** What JavaScript saw for one real fetch from the app origin. */
export interface SendResult {
  startedAt: number;
  ok: boolean;
  /** `String(error)` when the promise rejected. */
  error: string | null;
  status: number | null;
  type: string | null;
  body: string | null;
}

export interface SendSlice {
  sendPending: boolean;
  sendResult: SendResult | null;
  /** How many sends finished: lets tests and screen readers tell a new result from the last one. */
  sendCount: number;
  sendStart: () => number;
  sendFinish: (result: SendResult) => void;
}

export const sendSliceCreate: StateCreator<SendSlice, [], [], SendSlice> = (set) => ({
  sendPending: false,
  sendResult: null,
  sendCount: 0,
  sendStart: () => {
    set({ sendPending: true });
    return Date.now();
  },
  sendFinish: (result) =>
    set((state) => ({ sendPending: false, sendResult: result, sendCount: state.sendCount + 1 })),
});
