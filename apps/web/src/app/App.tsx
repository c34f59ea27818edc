import { QueryClientProvider } from '@tanstack/react-query';
import { useLabEventStream } from '../api/useLabEventStream.ts';
import { PolicyPanel } from '../features/policy/PolicyPanel.tsx';
import { RequestPanel } from '../features/request/RequestPanel.tsx';
import { queryClient } from './queryClient.ts';

function AppLayout() {
  useLabEventStream();
  return (
    <>
      <header className="app-header">
        <h1>CORS Playground</h1>
        <p>Edit the lab API&apos;s live CORS policy, send real requests, and see why the browser allows or blocks them.</p>
      </header>
      <main className="app-main">
        <div className="app-column" data-testid="policy-column">
          <PolicyPanel />
        </div>
        <div className="app-column" data-testid="request-column">
          <RequestPanel />
        </div>
      </main>
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppLayout />
    </QueryClientProvider>
  );
}
