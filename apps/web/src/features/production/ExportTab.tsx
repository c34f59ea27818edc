import { useQuery } from '@tanstack/react-query';
import type { ExportTarget } from '@cors-playground/production';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { ExportResult } from './ExportResult.tsx';
import { ExportTargetPicker } from './ExportTargetPicker.tsx';

export interface ExportTabProps {
  target: ExportTarget;
  onTarget: (target: ExportTarget) => void;
}

/** The live policy as ready-to-paste configuration for a real framework; follows every policy change. */
export function ExportTab({ target, onTarget }: ExportTabProps) {
  const sandbox = useSandbox();
  const policy = useQuery(controlQueries.policy(sandbox));
  return (
    <div className="export-tab">
      <p className="help">
        The live policy of this sandbox, as configuration for your own server. Where the framework cannot say
        exactly the same thing, the differences are listed above the code.
      </p>
      <ExportTargetPicker id="export-target" target={target} onTarget={onTarget} testId="export-target" />
      {policy.data ? (
        <ExportResult policy={policy.data} target={target} testId="export" />
      ) : policy.isError ? (
        <p role="alert" className="field-error">
          Could not load the live policy: {policy.error.message}
        </p>
      ) : (
        <p aria-busy="true">Loading the live policy…</p>
      )}
    </div>
  );
}
