import { use, useMemo } from 'react';
import type { Fix } from '@cors-playground/engine';
import { engineLoad } from '../send/engineLoad.ts';
import { labSimServer, type SendRecord } from '@cors-playground/client';

/**
 * The engine's smallest policy changes that make this send pass, verified by re-simulation (none when
 * it passed). Suspends until the engine is loaded.
 */
export function useFixSuggest(record: SendRecord, apiOrigin: string): Fix[] {
  const engine = use(engineLoad());
  const { trace, policy } = record;
  return useMemo(() => {
    if (!trace || !policy || trace.ok) return [];
    const simulate = (candidate: typeof policy) =>
      engine.simulateFetchSync(
        trace.request,
        labSimServer(engine, candidate, {
          apiOrigin,
          cookie: record.cookie,
          credentialed: trace.request.credentials === 'include',
        }),
        { browser: record.browser },
      );
    return engine.fixSuggest({ policy, request: trace.request, trace, simulate });
  }, [engine, trace, policy, apiOrigin, record.cookie, record.browser]);
}
