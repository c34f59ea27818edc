import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { policyAudit } from '@cors-playground/production';
import { controlQueries } from '../../api/controlQueries.ts';

/** The security audit of the live policy, most severe first, updated as the policy changes. */
export function PolicyAudit() {
  const live = useQuery(controlQueries.policy()).data;
  const findings = useMemo(() => (live ? policyAudit(live) : []), [live]);
  if (!live) return null;
  return (
    <section className="panel" aria-labelledby="policy-audit-title" data-testid="policy-audit">
      <h2 id="policy-audit-title">Audit of the live policy</h2>
      {findings.length === 0 ? (
        <p data-testid="audit-clean">No findings: nothing in this policy is a known CORS mistake.</p>
      ) : (
        <ul className="audit-findings">
          {findings.map((finding) => (
            <li
              key={`${finding.id}-${finding.path ?? ''}`}
              className={`audit-finding severity-${finding.severity}`}
              data-testid="audit-finding"
              data-id={finding.id}
              data-severity={finding.severity}
            >
              <p>
                <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>{' '}
                <strong>{finding.title}</strong>
                {finding.path ? (
                  <>
                    {' '}
                    at <code>{finding.path}</code>
                  </>
                ) : null}
              </p>
              <p>{finding.why}</p>
              <p>
                <em>Fix:</em> {finding.fix}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
