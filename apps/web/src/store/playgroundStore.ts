import { create } from 'zustand';
import { sendSliceCreate, type SendSlice } from './sendSlice.ts';

/** All UI state, one store made of slices. Server data lives in React Query, not here. */
export type PlaygroundState = SendSlice;

export const usePlaygroundStore = create<PlaygroundState>()((...args) => ({
  ...sendSliceCreate(...args),
}));
