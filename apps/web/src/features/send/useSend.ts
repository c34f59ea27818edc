import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { sendRun, type SendRunOptions } from './sendRun.ts';

/** Starts a Send in this sandbox (see `sendRun`); ignored while one is running. */
export function useSend(): (options?: SendRunOptions) => Promise<void> {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  return useCallback(
    (options?: SendRunOptions) => sendRun(queryClient, sandbox, options),
    [queryClient, sandbox],
  );
}
