import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { usePlaygroundStore } from '../../store/playgroundStore.ts';
import type { PolicyEditorContext } from './policyEditorContext.ts';
import { PolicyPreviewExchangeView } from './PolicyPreviewExchangeView.tsx';
import { browserDetectPage } from '../send/browserDetect.ts';
import { policyPreview } from './policyPreview.ts';

/**
 * The exact response headers the live API sends, preflight and actual, from the same engine functions
 * the API runs: for the request being built, or the context's sample request (a challenge's victim app).
 */
export function PolicyPreview({ context }: { context: PolicyEditorContext }) {
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const path = usePlaygroundStore((s) => s.requestPath);
  const method = usePlaygroundStore((s) => s.requestMethod);
  const headers = usePlaygroundStore((s) => s.requestHeaders);
  const credentials = usePlaygroundStore((s) => s.requestCredentials);

  const { appOrigin, apiOrigin, sampleRequest } = context;
  const request = sampleRequest ?? {
    path: path || '/data',
    method: method || 'GET',
    credentials: credentials ?? 'same-origin',
  };
  const preview = useMemo(
    () =>
      live
        ? policyPreview(live, {
            appOrigin,
            apiOrigin,
            path: request.path,
            method: request.method,
            // Half-typed header rows (no name yet) are not sent by the request builder either.
            headers: sampleRequest ? [] : (headers ?? []).filter(([name]) => name.trim() !== ''),
            credentials: request.credentials,
            browser: browserDetectPage(),
          })
        : null,
    [live, appOrigin, apiOrigin, request.path, request.method, request.credentials, sampleRequest, headers],
  );
  if (!preview) return null;
  return (
    <section className="panel" aria-labelledby="policy-preview-title" data-testid="policy-preview">
      <h2 id="policy-preview-title">What the API sends now</h2>
      <p className="field-help">
        For <code>{preview.actual.request.method}</code> <code>{request.path}</code> from{' '}
        <code>{appOrigin}</code> ({context.appLabel}) to <code>{apiOrigin}</code>, computed with the live
        policy by the engine the API runs. CORS headers are highlighted.
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
