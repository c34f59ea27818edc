import { lazy, Suspense } from 'react';
import { ServerEvents } from '../features/serverLog/ServerEvents.tsx';
import { PermalinkBar } from '../features/permalink/PermalinkBar.tsx';
import { PermalinkRestore } from '../features/permalink/PermalinkRestore.tsx';
import { PolicyPanel } from '../features/policy/PolicyPanel.tsx';
import { RequestPanel } from '../features/request/RequestPanel.tsx';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

const ResultPanel = lazy(() => import('../features/result/ResultPanel.tsx'));
const HistoryPanel = lazy(() => import('../features/history/HistoryPanel.tsx'));
// Not in the policy editor itself: on the challenges page it would name the attack that solves them.
const ExposureMapPanel = lazy(() => import('../features/exposure/ExposureMapPanel.tsx'));

/**
 * Request on the left, its verdict on the right at the same height: a Send's answer appears next to the
 * button that asked for it, never below the fold. The policy follows the request; the logs come last.
 */
export default function PlaygroundRoute() {
  useDocumentTitle('Playground');
  return (
    <div className="playground">
      <PermalinkRestore />
      <div className="playground-work" data-testid="request-column">
        <RequestPanel />
        <div data-testid="policy-column">
          <PolicyPanel />
          <Suspense fallback={null}>
            <ExposureMapPanel />
          </Suspense>
        </div>
        <PermalinkBar />
      </div>
      <div className="playground-result" data-testid="result-column">
        <Suspense fallback={<section className="panel">Loading the result views…</section>}>
          <ResultPanel />
        </Suspense>
        <Suspense fallback={null}>
          <HistoryPanel />
        </Suspense>
        <ServerEvents />
      </div>
    </div>
  );
}
