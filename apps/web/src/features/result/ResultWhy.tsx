import { Suspense } from 'react';
import { FixList } from './FixList.tsx';
import { TraceGlossary } from './TraceGlossary.tsx';
import { TraceConsole } from './TraceConsole.tsx';
import { TraceSteps } from './TraceSteps.tsx';
import type { SendRecord } from '@cors-playground/client';

/** The engine's account of a send: its prediction, the console text, each check, and the fixes. */
export function ResultWhy({ record, apiOrigin }: { record: SendRecord; apiOrigin: string | null }) {
  const trace = record.trace;
  if (!trace) {
    return (
      <p aria-busy={!record.complete}>
        {record.complete ? 'The engine could not simulate this request.' : 'Simulating…'}
      </p>
    );
  }
  return (
    <>
      {apiOrigin && record.complete && (
        <Suspense fallback={<p>Looking for fixes…</p>}>
          <FixList record={record} apiOrigin={apiOrigin} />
        </Suspense>
      )}
      <TraceSteps trace={trace} />
      <TraceGlossary />
      <TraceConsole trace={trace} browser={record.browser} />
      <p data-testid="trace-outcome" data-outcome={trace.outcome} className="help">
        The engine predicts: <strong>{trace.outcome}</strong>
        {trace.preflight.needed
          ? trace.preflight.cached
            ? ' (preflight from cache)'
            : ' (after a preflight)'
          : ' (no preflight needed)'}
        .
      </p>
    </>
  );
}
