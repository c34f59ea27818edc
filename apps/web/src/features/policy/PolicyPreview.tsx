import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import { PolicyPreviewExchangeView } from './PolicyPreviewExchangeView.tsx';
import { policyPreview } from './policyPreview.ts';

/**
 * The exact response headers the live API sends for the request being built, preflight and actual,
 * from the same engine functions the API runs.
 */
export function PolicyPreview() {
  const config = useQuery(controlQueries.config()).data;
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const path = usePlaygroundStore((s) => s.requestPath);
  const method = usePlaygroundStore((s) => s.requestMethod);
  const headers = usePlaygroundStore((s) => s.requestHeaders);
  const credentials = usePlaygroundStore((s) => s.requestCredentials);

  const preview = useMemo(
    () =>
      config && live
        ? policyPreview(live, {
            appOrigin: config.appOrigin,
            apiOrigin: config.apiOrigin,
            path: path || '/data',
            method: method || 'GET',
            // Half-typed header rows (no name yet) are not sent by the request builder either.
            headers: (headers ?? []).filter(([name]) => name.trim() !== ''),
            credentials: credentials ?? 'same-origin',
          })
        : null,
    [config, live, path, method, headers, credentials],
  );
  if (!preview) return null;
  return (
    <section className="panel" aria-labelledby="policy-preview-title" data-testid="policy-preview">
      <h2 id="policy-preview-title">What the API sends now</h2>
      <p className="field-help">
        For <code>{preview.actual.request.method}</code> <code>{path || '/data'}</code> from{' '}
        <code>{config?.appOrigin}</code>, computed with the live policy by the engine the API runs. CORS
        headers are highlighted.
      </p>
      <PolicyPreviewExchangeView
        title={
          preview.preflightNeeded
            ? 'Preflight (OPTIONS) — the browser sends it first'
            : 'Preflight (OPTIONS) — not needed for this request'
        }
        exchange={preview.preflight}
        testId="preview-preflight"
        muted={!preview.preflightNeeded}
      />
      <PolicyPreviewExchangeView
        title="Actual request"
        exchange={preview.actual}
        testId="preview-actual"
        muted={false}
      />
    </section>
  );
}
