import { lazy, Suspense, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';

// Only a workshop needs the gate (and the schemas of its answers): out of the initial bundle.
const WorkshopGate = lazy(() => import('./WorkshopGate.tsx'));

/**
 * Outside a workshop, the children as they are. In one (the server's config says so), the children
 * behind `WorkshopGate`: joined participants only, each in their own sandbox. The config is needed
 * first, so that no request ever goes to a sandbox the participant may not use.
 */
export function WorkshopModeGate({ children }: { children: ReactNode }) {
  const config = useQuery(controlQueries.config());
  if (config.isPending) return <p className="panel">Loading…</p>;
  if (config.data?.workshop !== true) return children;
  return (
    <Suspense fallback={<p className="panel">Loading…</p>}>
      <WorkshopGate>{children}</WorkshopGate>
    </Suspense>
  );
}
