import type { AuditAttack } from './auditAttack.ts';

/** How bad a finding is: `high` fails `cors audit` (exit 1), for CI. */
export type AuditSeverity = 'high' | 'medium' | 'low' | 'info';

/** One problem the audit found in a policy. */
export interface AuditFinding {
  /** Stable id, e.g. `origin.reflect-credentials`. */
  id: string;
  severity: AuditSeverity;
  /** Short headline. */
  title: string;
  /** Why it matters: what an attacker (or a browser) does with it. */
  why: string;
  /** The change that removes the finding. */
  fix: string;
  /** Field path in the policy, e.g. `origin.allow[2]` or `paths[0].override.credentials`. */
  path?: string;
  /**
   * For an origin the policy grants to someone it should not: the attack that proves it (its class,
   * the real origin to send, who can send it and in which browsers).
   */
  attack?: AuditAttack;
}

export const auditSeverityRank: Record<AuditSeverity, number> = { high: 0, medium: 1, low: 2, info: 3 };
