import { lazy, Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../api/controlQueries.ts';
import { useDocumentTitle } from '../ui/useDocumentTitle.ts';

const ProductionPanel = lazy(() => import('../features/production/ProductionPanel.tsx'));
const ExposureMapPanel = lazy(() => import('../features/exposure/ExposureMapPanel.tsx'));
const ConfigImportPanel = lazy(() => import('../features/configImport/ConfigImportPanel.tsx'));

/**
 * For the developer with a failing request in production: check a real server from the terminal, or
 * paste its `curl -i` answer here; paste their framework's CORS config to see the policy it enforces; export
 * the playground's policy to their framework, and see who could read their API with it.
 */
export default function CheckRoute() {
  useDocumentTitle('Check my server');
  const config = useQuery(controlQueries.config()).data;
  const origin = config?.appOrigin ?? 'https://app.example.com';
  return (
    <div className="check-route">
      <section className="panel" aria-labelledby="check-title">
        <h2 id="check-title">Check my server</h2>
        <p>
          Ask your real server what a browser would ask it, preflight included, and get the browser&apos;s
          verdict with the fix for your framework. From a terminal in this project:
        </p>
        <pre data-testid="check-cli">
          pnpm cors check https://api.example.com/orders --origin {origin} --method PUT --header
          &apos;Authorization: Bearer x&apos; --credentials --framework express
        </pre>
        <p className="help">
          Or run <code>curl -i</code> against your server and paste its answer under “Analyse a real response”
          below.
        </p>
      </section>
      <Suspense fallback={<p className="panel">Loading the config import…</p>}>
        <ConfigImportPanel />
      </Suspense>
      <Suspense fallback={<p className="panel">Loading the export and curl analysis…</p>}>
        <ProductionPanel initialTab="analyse" />
      </Suspense>
      <Suspense fallback={null}>
        <ExposureMapPanel />
      </Suspense>
    </div>
  );
}
