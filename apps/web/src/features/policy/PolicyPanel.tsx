import { lazy, Suspense } from 'react';
import type { PolicyEditorContext } from './policyEditorContext.ts';

/**
 * The editor pulls in the engine (zod schema, RE2) and production audit, which would push the initial
 * bundle over its budget; the page shell paints first and the editor follows.
 */
const PolicyEditor = lazy(() => import('./PolicyEditor.tsx'));

/**
 * The live policy editor: what the API answers, edited while it runs. `context` says which app the
 * policy serves (default: the playground's own page and lab API).
 */
export function PolicyPanel({ context }: { context?: PolicyEditorContext }) {
  return (
    <Suspense fallback={<p className="panel">Loading the policy editor…</p>}>
      <PolicyEditor context={context} />
    </Suspense>
  );
}
