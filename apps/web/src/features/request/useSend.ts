import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sendRun, type SendRunOptions } from './sendRun.ts';

/** Starts a Send (see `sendRun`); ignored while one is running. */
export function useSend(): (options?: SendRunOptions) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback((options?: SendRunOptions) => sendRun(queryClient, options), [queryClient]);
}
