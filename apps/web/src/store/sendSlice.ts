import type { StateCreator } from 'zustand';
import type { SendState } from '@cors-playground/client';

/** A Send's state (the client core writes it: see `sendSessionRun`) and what the views change of it. */
export interface SendSlice extends Omit<SendState, 'historyRecords'> {
  sendShow: (id: number) => void;
  /** The verdict of `sendFocusId` took focus. */
  sendFocusDone: () => void;
}

export const sendSliceCreate: StateCreator<SendSlice, [], [], SendSlice> = (set) => ({
  sendPending: false,
  sendCount: 0,
  sendCurrentId: null,
  sendFocusId: null,
  sendCookie: null,
  sendShow: (id) => set({ sendCurrentId: id, sendFocusId: null }),
  sendFocusDone: () => set({ sendFocusId: null }),
});
