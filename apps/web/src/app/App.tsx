import { lazy, Suspense, useEffect } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { SandboxProvider } from '../api/SandboxProvider.tsx';
import { useLabEventStream } from '../api/useLabEventStream.ts';
import { engineLoad } from '../features/send/engineLoad.ts';
import { WorkshopModeGate } from '../features/workshop/WorkshopModeGate.tsx';
import { AppHeader } from './AppHeader.tsx';
import { appPaths } from '@cors-playground/protocol/paths';
import { queryClient } from './queryClient.ts';

// Every route is its own chunk: the shell paints within the initial-JS budget (see bench/), the route follows.
const PlaygroundRoute = lazy(() => import('../routes/PlaygroundRoute.tsx'));
const LearnRoute = lazy(() => import('../routes/LearnRoute.tsx'));
const CheckRoute = lazy(() => import('../routes/CheckRoute.tsx'));
const NotFoundRoute = lazy(() => import('../routes/NotFoundRoute.tsx'));
const WorkshopInstructorPage = lazy(() => import('../features/workshop/WorkshopInstructorPage.tsx'));
const ChallengesPage = lazy(() => import('../features/challenges/ChallengesPage.tsx'));
const ChallengesGuidePage = lazy(() => import('../features/challenges/ChallengesGuidePage.tsx'));
const WorkshopSheetPage = lazy(() => import('../features/workshop/WorkshopSheetPage.tsx'));
const SelfCheckPage = lazy(() => import('../features/workshop/SelfCheckPage.tsx'));

function AppLayout() {
  useLabEventStream();
  useEffect(() => {
    // Warm the engine and the result views so the first Send does not wait for them.
    void engineLoad();
    void import('../features/result/ResultPanel.tsx');
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the main content
      </a>
      <AppHeader />
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="panel">Loading…</p>}>
          <Routes>
            <Route path={appPaths.playground} element={<PlaygroundRoute />} />
            <Route path={appPaths.learn} element={<LearnRoute />} />
            <Route path={`${appPaths.learn}/:step`} element={<LearnRoute />} />
            <Route path={appPaths.check} element={<CheckRoute />} />
            <Route path={appPaths.challenges} element={<ChallengesPage />} />
            <Route path={`${appPaths.challenges}/:challengeId`} element={<ChallengesPage />} />
            {/* Joined (the gate shows the form until then): on to the playground. */}
            <Route path={appPaths.workshopJoin} element={<Navigate to={appPaths.playground} replace />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}

/**
 * The whole app, working in `sandbox` (read once from the page URL, see main.tsx) or, in a workshop,
 * in the participant's own sandbox. The instructor's view and the printed handouts stand apart.
 */
export function App({ sandbox }: { sandbox: string }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SandboxProvider sandbox={sandbox}>
        <Routes>
          {/* Pages of their own, to print, to watch the room or to check a setup: outside the gate. */}
          {(
            [
              [appPaths.workshopInstructor, WorkshopInstructorPage],
              [appPaths.challengesGuide, ChallengesGuidePage],
              [appPaths.workshopSheet, WorkshopSheetPage],
              // Before joining, too: a participant checks their setup first.
              [appPaths.workshopCheck, SelfCheckPage],
            ] as const
          ).map(([path, Page]) => (
            <Route
              key={path}
              path={path}
              element={
                <Suspense fallback={<p className="panel">Loading…</p>}>
                  <Page />
                </Suspense>
              }
            />
          ))}
          <Route
            path="*"
            element={
              <WorkshopModeGate>
                <AppLayout />
              </WorkshopModeGate>
            }
          />
        </Routes>
      </SandboxProvider>
    </QueryClientProvider>
  );
}
