import { QueryClientProvider } from '@tanstack/react-query';
import { useLabEventStream } from '../api/useLabEventStream.ts';
import { OriginToggle } from '../components/OriginToggle.tsx';
import { QuickSend } from '../components/QuickSend.tsx';
import { ServerEvents } from '../components/ServerEvents.tsx';
import { queryClient } from './queryClient.ts';

function AppLayout() {
  useLabEventStream();
  return (
    <>
      <header className="app-header">
        <h1>CORS Playground</h1>
        <p>
          Edit the lab API&apos;s live CORS policy, send real requests, and see why the browser allows or
          blocks them.
        </p>
      </header>
      <main className="app-main">
        <OriginToggle />
        <QuickSend />
        <ServerEvents />
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
