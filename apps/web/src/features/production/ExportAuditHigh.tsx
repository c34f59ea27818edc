import { useMemo } from 'react';
import type { Policy } from '@cors-playground/engine';
import { policyAudit } from '@cors-playground/production';
import { AuditFindingList } from '../policy/AuditFindingList.tsx';

export interface ExportAuditHighProps {
  policy: Policy;
  /** data-testid of the block; its findings get `${testId}-finding`. */
  testId: string;
}

/**
 * The audit's high-severity findings of a policy about to leave the playground, shown before its code:
 * whoever pastes it should know first that it lets other websites read the API with the user's cookies.
 */
export function ExportAuditHigh({ policy, testId }: ExportAuditHighProps) {
  const high = useMemo(() => policyAudit(policy).filter((f) => f.severity === 'high'), [policy]);
  if (high.length === 0) return null;
  return (
    <div className="export-audit-high" data-testid={testId}>
      <p className="shared-policy-danger">
        <strong>
          Before you paste: the audit finds {high.length} high-severity{' '}
          {high.length === 1 ? 'problem' : 'problems'} in this policy.
        </strong>
      </p>
      <AuditFindingList findings={high} testId={`${testId}-finding`} />
    </div>
  );
}
