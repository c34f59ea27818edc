import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import type { LabEvent } from '@cors-playground/protocol';
import { agreementCompute, verdictCompose } from '@cors-playground/client';
import { controlQueries } from '../../api/controlQueries.ts';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { AgreementBadge } from './AgreementBadge.tsx';
import { JsViewPanel } from './JsViewPanel.tsx';
import { PreflightCacheNote } from './PreflightCacheNote.tsx';
import { ResultWhy } from './ResultWhy.tsx';
import { ServerViewPanel } from './ServerViewPanel.tsx';
import { useAllEvents } from './useAllEvents.ts';
import { VerdictCard } from './VerdictCard.tsx';
import './result.css';

const noEvents: LabEvent[] = [];

const SequenceDiagram = lazy(() => import('./SequenceDiagram.tsx'));

/**
 * The result of the current send: the verdict first, in plain words; then what JS saw, what the server
 * saw, why step by step, and whether the engine predicted it. The live region is always mounted, so
 * screen readers announce each new verdict.
 */
export default function ResultPanel() {
  const currentId = usePlaygroundStore((s) => s.sendCurrentId);
  const records = usePlaygroundStore((s) => s.historyRecords);
  const { search } = useLocation();
  const config = useQuery(controlQueries.config()).data;
  const allEvents = useAllEvents();
  const record = records.find((r) => r.id === currentId);
  const events = record?.events ?? noEvents;
  const trace = record?.trace ?? null;
  const js = record?.js ?? null;
  const verdict = useMemo(
    () =>
      record && trace && js ? verdictCompose({ trace, js, events, pageOrigin: record.pageOrigin }) : null,
    [record, trace, js, events],
  );
  const announce = record && verdict ? `Send #${record.id}: ${verdict.headline}. ${verdict.cause ?? ''}` : '';
  return (
    <section
      className="panel result-panel"
      aria-labelledby="result-title"
      data-send={record?.id}
      data-testid="result-panel"
    >
      <p role="status" className="visually-hidden" data-testid="verdict-announce">
        {announce}
      </p>
      {!record ? (
        <>
          <h2 id="result-title">Result</h2>
          <p>Press Send: the browser makes a real fetch, and its verdict appears here, with why.</p>
          <p>
            New to CORS? <Link to={{ pathname: '/learn', search }}>Learn it step by step</Link>, by doing.
          </p>
        </>
      ) : (
        <>
          <h2 id="result-title">
            Result of send #{record.id}: <code>{record.draft.method}</code> <code>{record.draft.path}</code>
            {record.bust && <span className="badge">preflight cache bypassed</span>}
          </h2>
          <VerdictCard record={record} verdict={verdict} apiOrigin={config?.apiOrigin ?? null} />
          {trace && js && record.complete && (
            <AgreementBadge agreement={agreementCompute(trace, js, events)} browser={record.browser} />
          )}
          <PreflightCacheNote record={record} events={events} history={allEvents} />
          <div className="result-views">
            <section aria-labelledby="why-view-title" data-testid="why-view">
              <h3 id="why-view-title">Why, step by step</h3>
              <ResultWhy record={record} apiOrigin={config?.apiOrigin ?? null} />
            </section>
            <section aria-labelledby="js-view-title" data-testid="js-view">
              <h3 id="js-view-title">What JavaScript saw</h3>
              <JsViewPanel record={record} events={events} />
            </section>
            <section aria-labelledby="server-view-title" data-testid="server-view">
              <h3 id="server-view-title">What the server saw</h3>
              <ServerViewPanel events={events} settled={record.complete} />
            </section>
          </div>
          {trace && (
            <Suspense fallback={<p>Loading the diagram…</p>}>
              <SequenceDiagram trace={trace} events={events} />
            </Suspense>
          )}
          {record.complete && js !== null && trace !== null && (
            <span data-testid="result-complete" data-send={record.id} hidden />
          )}
        </>
      )}
    </section>
  );
}
