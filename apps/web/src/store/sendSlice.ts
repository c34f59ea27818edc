import type { StateCreator } from 'zustand';

export interface SendSlice {
  sendPending: boolean;
  /** How many sends finished: lets tests and screen readers tell a new result from the last one. */
  sendCount: number;
  /** The send the result panel shows (a history record id). */
  sendCurrentId: number | null;
  /**
   * The send whose verdict takes focus when it arrives: the one just started, not one shown from the
   * history. Kept here, not in the card, because the card may mount only after the verdict exists.
   */
  sendFocusId: number | null;
  /**
   * The `Cookie` header this browser sends the API on credentialed requests, as the server last saw
   * it (HttpOnly cookies are invisible to the page): the simulation adds it so `/private` predicts right.
   */
  sendCookie: string | null;
  /** Returns the new send's id. */
  sendStart: () => number;
  sendFinish: () => void;
  sendShow: (id: number) => void;
  /** The verdict of `sendFocusId` took focus. */
  sendFocusDone: () => void;
  sendCookieSet: (cookie: string | null) => void;
}

let sendNextId = 1;

export const sendSliceCreate: StateCreator<SendSlice, [], [], SendSlice> = (set) => ({
  sendPending: false,
  sendCount: 0,
  sendCurrentId: null,
  sendFocusId: null,
  sendCookie: null,
  sendStart: () => {
    const id = sendNextId++;
    set({ sendPending: true, sendCurrentId: id, sendFocusId: id });
    return id;
  },
  sendFinish: () => set((state) => ({ sendPending: false, sendCount: state.sendCount + 1 })),
  sendShow: (id) => set({ sendCurrentId: id, sendFocusId: null }),
  sendFocusDone: () => set({ sendFocusId: null }),
  sendCookieSet: (cookie) => set({ sendCookie: cookie }),
});
