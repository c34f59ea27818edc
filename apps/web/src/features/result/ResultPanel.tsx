import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { agreementCompute } from './agreementCompute.ts';
import { AgreementBadge } from './AgreementBadge.tsx';
import { FixList } from './FixList.tsx';
import { JsViewPanel } from './JsViewPanel.tsx';
import { PreflightCacheNote } from './PreflightCacheNote.tsx';
import { sendRecordEvents } from '../send/sendRecord.ts';
import { ServerViewPanel } from './ServerViewPanel.tsx';
import { TraceConsole } from './TraceConsole.tsx';
import { TraceSteps } from './TraceSteps.tsx';
import { useAllEvents } from './useAllEvents.ts';

const SequenceDiagram = lazy(() => import('./SequenceDiagram.tsx'));

/** The result of the current send: what JS saw, what the server saw, why, and whether we predicted it. */
export default function ResultPanel() {
  const currentId = usePlaygroundStore((s) => s.sendCurrentId);
  const records = usePlaygroundStore((s) => s.historyRecords);
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.events(sandbox)).data;
  const config = useQuery(controlQueries.config()).data;
  const allEvents = useAllEvents();
  const record = records.find((r) => r.id === currentId);
  const next = records.find((r) => currentId !== null && r.id > currentId);
  const events = useMemo(
    () => (record ? sendRecordEvents(record, live ?? [], next ? next.eventIdFrom : null) : []),
    [record, live, next],
  );
  if (!record) {
    return (
      <section className="panel result-panel" aria-labelledby="result-title">
        <h2 id="result-title">Result</h2>
        <p>Build a request and press Send: a real fetch, what the server saw, and why.</p>
      </section>
    );
  }
  const { trace, js } = record;
  const agreement = trace && js && record.complete ? agreementCompute(trace, js, events) : null;
  const complete = record.complete && js !== null && trace !== null;
  return (
    <section
      className="panel result-panel"
      aria-labelledby="result-title"
      data-send={record.id}
      data-testid="result-panel"
    >
      <h2 id="result-title">
        Result of send #{record.id}: <code>{record.draft.method}</code> <code>{record.draft.path}</code>
        {record.bust && <span className="badge">preflight cache bypassed</span>}
      </h2>
      {agreement && <AgreementBadge agreement={agreement} />}
      <PreflightCacheNote record={record} events={events} history={allEvents} />
      <div className="result-views">
        <section aria-labelledby="js-view-title" data-testid="js-view">
          <h3 id="js-view-title">What JavaScript saw</h3>
          <JsViewPanel record={record} events={events} />
        </section>
        <section aria-labelledby="server-view-title" data-testid="server-view">
          <h3 id="server-view-title">What the server saw</h3>
          <ServerViewPanel events={events} settled={record.complete} />
        </section>
        <section aria-labelledby="why-view-title" data-testid="why-view">
          <h3 id="why-view-title">Why</h3>
          {trace ? (
            <>
              <p data-testid="trace-outcome" data-outcome={trace.outcome}>
                The engine predicts: <strong>{trace.outcome}</strong>
                {trace.preflight.needed
                  ? trace.preflight.cached
                    ? ' (preflight from cache)'
                    : ' (after a preflight)'
                  : ' (no preflight needed)'}
                .
              </p>
              <TraceConsole trace={trace} browser={record.browser} />
              <TraceSteps trace={trace} />
              {config && record.complete && (
                <Suspense fallback={<p>Looking for fixes…</p>}>
                  <FixList record={record} apiOrigin={config.apiOrigin} />
                </Suspense>
              )}
            </>
          ) : (
            <p aria-busy={!record.complete}>
              {record.complete ? 'The engine could not simulate this request.' : 'Simulating…'}
            </p>
          )}
        </section>
      </div>
      {trace && (
        <Suspense fallback={<p>Loading the diagram…</p>}>
          <SequenceDiagram trace={trace} events={events} />
        </Suspense>
      )}
      {complete && <span data-testid="result-complete" data-send={record.id} hidden />}
    </section>
  );
}
