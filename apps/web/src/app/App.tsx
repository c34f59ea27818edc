import { lazy, Suspense, useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { SandboxProvider } from '../api/SandboxProvider.tsx';
import { useLabEventStream } from '../api/useLabEventStream.ts';
import { ServerEvents } from '../components/ServerEvents.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import { PermalinkBar } from '../features/permalink/PermalinkBar.tsx';
import { PermalinkRestore } from '../features/permalink/PermalinkRestore.tsx';
import { PolicyPanel } from '../features/policy/PolicyPanel.tsx';
import { RequestPanel } from '../features/request/RequestPanel.tsx';
import { engineLoad } from '../features/send/engineLoad.ts';
import { queryClient } from './queryClient.ts';

// The result views need the engine; both load after the first paint (see the bundle budget in bench/).
const ResultPanel = lazy(() => import('../features/result/ResultPanel.tsx'));
const HistoryPanel = lazy(() => import('../features/history/HistoryPanel.tsx'));
const ProductionPanel = lazy(() => import('../features/production/ProductionPanel.tsx'));
// Until the router lands: /challenges and /challenges/guide are the security challenges' pages.
const ChallengesPage = lazy(() => import('../features/challenges/ChallengesPage.tsx'));
const ChallengesGuidePage = lazy(() => import('../features/challenges/ChallengesGuidePage.tsx'));

function AppPage() {
  const path = window.location.pathname;
  if (!path.startsWith('/challenges')) return <AppLayout />;
  return (
    <Suspense fallback={<p className="panel">Loading the challenges…</p>}>
      {path.startsWith('/challenges/guide') ? <ChallengesGuidePage /> : <ChallengesPage />}
    </Suspense>
  );
}

function AppLayout() {
  useLabEventStream();
  useEffect(() => {
    // Warm the engine and the result views so the first Send does not wait for them.
    void engineLoad();
    void import('../features/result/ResultPanel.tsx');
  }, []);
  return (
    <>
      <header className="app-header">
        <div>
          <h1>CORS Playground</h1>
          <p>
            Edit the lab API&apos;s live CORS policy, send real requests, and see why the browser allows or
            blocks them.
          </p>
        </div>
        <div className="app-header-tools">
          <PermalinkBar />
          <ThemeToggle />
        </div>
      </header>
      <main className="app-main">
        <PermalinkRestore />
        <div className="app-column" data-testid="policy-column">
          <PolicyPanel />
        </div>
        <div className="app-column" data-testid="request-column">
          <RequestPanel />
        </div>
        <div className="app-wide" data-testid="result-column">
          <Suspense fallback={<section className="panel">Loading the result views…</section>}>
            <ResultPanel />
          </Suspense>
          <Suspense fallback={null}>
            <HistoryPanel />
          </Suspense>
          <Suspense fallback={<section className="panel">Loading the export and curl analysis…</section>}>
            <ProductionPanel />
          </Suspense>
          <ServerEvents />
        </div>
      </main>
    </>
  );
}

/** The whole app, working in `sandbox` (read once from the page URL, see main.tsx). */
export function App({ sandbox }: { sandbox: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SandboxProvider sandbox={sandbox}>
        <AppPage />
      </SandboxProvider>
    </QueryClientProvider>
  );
}
