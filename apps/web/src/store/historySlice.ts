import type { StateCreator } from 'zustand';
import type { SendRecord } from '@cors-playground/client';

export interface HistorySlice {
  /** Every send of this session, oldest first (the client core writes them: see `sendSessionRun`). */
  historyRecords: SendRecord[];
  /** Up to two record ids picked for side-by-side comparison, in the order picked. */
  historyCompare: number[];
  historyCompareToggle: (id: number) => void;
}

export const historySliceCreate: StateCreator<HistorySlice, [], [], HistorySlice> = (set) => ({
  historyRecords: [],
  historyCompare: [],
  historyCompareToggle: (id) =>
    set((state) => {
      if (state.historyCompare.includes(id))
        return { historyCompare: state.historyCompare.filter((x) => x !== id) };
      return { historyCompare: [...state.historyCompare, id].slice(-2) };
    }),
});
