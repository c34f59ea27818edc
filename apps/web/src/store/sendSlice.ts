import type { StateCreator } from 'zustand';

export interface SendSlice {
  sendPending: boolean;
  /** How many sends finished: lets tests and screen readers tell a new result from the last one. */
  sendCount: number;
  /** The send the result panel shows (a history record id). */
  sendCurrentId: number | null;
  /**
   * The `Cookie` header this browser sends the API on credentialed requests, as the server last saw
   * it (HttpOnly cookies are invisible to the page): the simulation adds it so `/private` predicts right.
   */
  sendCookie: string | null;
  /** Returns the new send's id. */
  sendStart: () => number;
  sendFinish: () => void;
  sendShow: (id: number) => void;
  sendCookieSet: (cookie: string | null) => void;
}

let sendNextId = 1;

export const sendSliceCreate: StateCreator<SendSlice, [], [], SendSlice> = (set) => ({
  sendPending: false,
  sendCount: 0,
  sendCurrentId: null,
  sendCookie: null,
  sendStart: () => {
    const id = sendNextId++;
    set({ sendPending: true, sendCurrentId: id });
    return id;
  },
  sendFinish: () => set((state) => ({ sendPending: false, sendCount: state.sendCount + 1 })),
  sendShow: (id) => set({ sendCurrentId: id }),
  sendCookieSet: (cookie) => set({ sendCookie: cookie }),
});
