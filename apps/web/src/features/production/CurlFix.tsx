import { useMemo } from 'react';
import type { Trace } from '@cors-playground/engine';
import { requestPolicy, type ExportTarget } from '@cors-playground/production';
import { ExportResult } from './ExportResult.tsx';
import { ExportTargetPicker } from './ExportTargetPicker.tsx';

export interface CurlFixProps {
  trace: Trace;
  target: ExportTarget;
  onTarget: (target: ExportTarget) => void;
}

/** The least-privilege configuration that would let this request through, in the chosen framework. */
export function CurlFix({ trace, target, onTarget }: CurlFixProps) {
  const policy = useMemo(() => requestPolicy(trace), [trace]);
  const { version: _version, paths: _paths, ...rule } = policy;
  return (
    <section aria-labelledby="curl-fix-title" className="curl-fix" data-testid="curl-fix">
      <h4 id="curl-fix-title">The fix</h4>
      <p className="help">
        The narrowest policy that lets this request through: the page&apos;s origin only
        {trace.request.credentials === 'include' ? ', with credentials' : ''}, and just the method and headers
        it sends.
      </p>
      <details>
        <summary>As a playground policy</summary>
        <pre data-testid="curl-fix-policy">{JSON.stringify(rule, null, 2)}</pre>
      </details>
      <ExportTargetPicker id="curl-fix-target" target={target} onTarget={onTarget} testId="curl-fix-target" />
      <ExportResult policy={policy} target={target} testId="curl-fix" />
    </section>
  );
}
