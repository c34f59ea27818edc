import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyAudit } from '@cors-playground/production';
import { controlQueries } from '../../api/controlQueries.ts';
import { useSandbox } from '../../api/SandboxProvider.tsx';
import { AuditFindingList } from './AuditFindingList.tsx';

/** The security audit of the live policy, most severe first, updated as the policy changes. */
export function PolicyAudit() {
  const sandbox = useSandbox();
  const live = useQuery(controlQueries.policy(sandbox)).data;
  const findings = useMemo(() => (live ? policyAudit(live) : []), [live]);
  if (!live) return null;
  return (
    <section className="panel" aria-labelledby="policy-audit-title" data-testid="policy-audit">
      <h2 id="policy-audit-title">Audit of the live policy</h2>
      {findings.length === 0 ? (
        <p data-testid="audit-clean">No findings: nothing in this policy is a known CORS mistake.</p>
      ) : (
        <AuditFindingList findings={findings} />
      )}
    </section>
  );
}
