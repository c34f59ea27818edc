import type { StateCreator } from 'zustand';
import type { SendRecord } from '../features/result/sendRecord.ts';

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
