import type { Policy } from '@cors-playground/engine';
import type { AuditFinding } from '../audit/auditFinding.ts';
import { policyAudit } from '../audit/policyAudit.ts';

/**
 * The audit a suggested fix carries: every finding of the policy it produces, or, given the policy it
 * changes (`before`), only the findings the fix introduces, so a fix is never offered without saying
 * what it opens (allowing `null` allows every site).
 */
export function fixAudit(policy: Policy, before?: Policy): AuditFinding[] {
  const findings = policyAudit(policy);
  if (!before) return findings;
  const key = (f: AuditFinding) => `${f.id} ${f.path ?? ''}`;
  const known = new Set(policyAudit(before).map(key));
  return findings.filter((f) => !known.has(key(f)));
}
