import { lazy, Suspense } from 'react';

/**
 * The editor pulls in the engine (zod schema, RE2) and production audit, which would push the initial
 * bundle over its budget; the page shell paints first and the editor follows.
 */
const PolicyEditor = lazy(() => import('./PolicyEditor.tsx'));

/** The live policy editor: what the lab API answers, edited while it runs. */
export function PolicyPanel() {
  return (
    <Suspense fallback={<p className="panel">Loading the policy editor…</p>}>
      <PolicyEditor />
    </Suspense>
  );
}
