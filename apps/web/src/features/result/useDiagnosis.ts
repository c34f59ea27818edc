import { use, useMemo } from 'react';
import type { Diagnosis } from '@cors-playground/engine';
import { engineLoad } from '../send/engineLoad.ts';
import type { SendRecord } from '@cors-playground/client';

/**
 * The engine's diagnosis of this send: the recognised shapes, each with who must act, the cause and the
 * remedy (the same as `cors check` prints). Suspends until the engine is loaded.
 */
export function useDiagnosis(record: SendRecord): Diagnosis[] {
  const engine = use(engineLoad());
  const { trace, traceUncached } = record;
  return useMemo(
    () =>
      trace ? engine.diagnosisFind({ trace, ...(traceUncached ? { uncached: traceUncached } : {}) }) : [],
    [engine, trace, traceUncached],
  );
}
