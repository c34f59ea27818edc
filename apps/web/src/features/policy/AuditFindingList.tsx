import type { AuditFinding } from '@cors-playground/production';

/**
 * Audit findings, most severe first as the audit orders them: severity, headline, field, why and fix.
 * `testId` tells lists apart when two are on the page (the live policy's, a shared link's).
 */
export function AuditFindingList({
  findings,
  testId = 'audit-finding',
}: {
  findings: readonly AuditFinding[];
  testId?: string;
}) {
  return (
    <ul className="audit-findings">
      {findings.map((finding) => (
        <li
          key={`${finding.id}-${finding.path ?? ''}`}
          className={`audit-finding severity-${finding.severity}`}
          data-testid={testId}
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
  );
}
