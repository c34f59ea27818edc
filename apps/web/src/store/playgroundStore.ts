import { create } from 'zustand';
import { sendSliceCreate, type SendSlice } from './sendSlice.ts';
import { policySliceCreate, type PolicySlice } from './policySlice.ts';
import { requestSliceCreate, type RequestSlice } from './requestSlice.ts';
import { historySliceCreate, type HistorySlice } from './historySlice.ts';

/** All UI state, one store made of slices. Server data lives in React Query, not here. */
export type PlaygroundState = SendSlice & PolicySlice & RequestSlice & HistorySlice;

export const usePlaygroundStore = create<PlaygroundState>()((...args) => ({
  ...sendSliceCreate(...args),
  ...policySliceCreate(...args),
  ...requestSliceCreate(...args),
  ...historySliceCreate(...args),
}));
