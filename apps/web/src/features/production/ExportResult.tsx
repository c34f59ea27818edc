import { lazy, Suspense, useMemo } from 'react';
import type { Policy } from '@cors-playground/engine';
import { policyExportersRun, type ExportTarget, type PolicyExport } from '@cors-playground/production';
import { CopyButton } from './CopyButton.tsx';
import { ExportAuditHigh } from './ExportAuditHigh.tsx';
import { ExportDifferences } from './ExportDifferences.tsx';
import { exportTargetInfo } from './exportTargetInfo.ts';

/** CodeMirror and its grammars load after the panel: the plain code shows meanwhile. */
const ExportCodeView = lazy(() => import('./ExportCodeView.tsx'));

export interface ExportResultProps {
  policy: Policy;
  target: ExportTarget;
  /** Prefix of every data-testid inside (`export`, `curl-fix`). */
  testId: string;
}

function exportResultRun(policy: Policy, target: ExportTarget): PolicyExport | Error {
  try {
    return policyExportersRun(policy, target);
  } catch (error) {
    // Exporters are total for a valid policy; a bug in one must not take the page down.
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * A policy exported to one framework: the audit's high findings first, then where it goes, the code with
 * a copy button, and what differs.
 */
export function ExportResult({ policy, target, testId }: ExportResultProps) {
  const result = useMemo(() => exportResultRun(policy, target), [policy, target]);
  const info = exportTargetInfo[target];
  if (result instanceof Error) {
    return (
      <p role="alert" className="field-error" data-testid={`${testId}-error`}>
        The {info.framework} export failed: {result.message}
      </p>
    );
  }
  const codeTestId = `${testId}-code`;
  return (
    <div className="export-result" data-testid={`${testId}-result`} data-target={target}>
      <ExportAuditHigh policy={policy} testId={`${testId}-audit-high`} />
      <div className="export-result-bar">
        <p className="muted">Paste into {info.where}.</p>
        <CopyButton text={result.code} what={`the ${info.framework} code`} testId={`${testId}-copy`} />
      </div>
      <ExportDifferences result={result} testId={`${testId}-differences`} />
      <Suspense
        fallback={
          <pre className="export-code" data-testid={codeTestId}>
            {result.code}
          </pre>
        }
      >
        <ExportCodeView
          code={result.code}
          language={result.language}
          label={`${info.framework} configuration (read-only)`}
          testId={codeTestId}
        />
      </Suspense>
    </div>
  );
}
