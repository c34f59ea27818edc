import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sendSessionRun, type RequestDraft, type SendSessionOptions } from '@cors-playground/client';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { requestDraftOf } from '../../store/requestSlice.ts';
import { sendPortsBrowser } from './sendPortsBrowser.ts';

export interface SendOptions extends SendSessionOptions {
  /** Send this draft instead of the builder's (re-run from history). Default: the builder's. */
  draft?: RequestDraft;
}

/** Starts a Send in this sandbox (see `sendSessionRun`); ignored while one is running. */
export function useSend(): (options?: SendOptions) => Promise<void> {
  const queryClient = useQueryClient();
  const sandbox = useSandbox();
  return useCallback(
    // The builder's draft as it is at the click: reading it here keeps the views from re-rendering per keystroke.
    ({ draft, ...options }: SendOptions = {}) =>
      sendSessionRun(
        sendPortsBrowser(queryClient),
        sandbox,
        draft ?? requestDraftOf(usePlaygroundStore.getState()),
        options,
      ),
    [queryClient, sandbox],
  );
}
