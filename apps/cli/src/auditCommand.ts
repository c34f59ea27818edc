import type { Command } from 'commander';
import {
  auditAttacks,
  exposureMap,
  exposureMapText,
  exposureOriginsGuess,
  policyAudit,
  type AuditFinding,
} from '@cors-playground/production';
import { cliExit, cliInputPolicy } from './cliInput.ts';
import { cliSession } from './cliSession.ts';

/** `cors audit [policy.json] [--json]`: findings as a table or JSON; exit 1 on any high finding. */
export function auditCommand(program: Command): void {
  program
    .command('audit')
    .description('audit a policy for security problems (exit 1 on a high-severity finding)')
    .argument('[policy]', 'policy JSON file (default: stdin)')
    .option('--json', 'print the findings as JSON')
    .action(async (file: string | undefined, options: { json?: boolean }) => {
      const policy = await cliInputPolicy(file);
      const findings = policyAudit(policy);
      const session = cliSession();
      session.io.stdout.write(
        options.json
          ? `${JSON.stringify(findings.map(auditCommandJson), null, 2)}\n`
          : `${auditCommandTable(findings)}\n${exposureMapText(
              exposureMap(policy, { ...exposureOriginsGuess(policy), attacks: auditAttacks(policy) }),
            )}`,
      );
      session.exitCode = findings.some((f) => f.severity === 'high') ? cliExit.failed : cliExit.ok;
    });
}

/** One finding as `cors audit --json` prints it: a flat record, the same keys for every finding. */
export interface AuditCommandRecord {
  id: string;
  /** The attack class (`suffix`, `null`, …) for an origin the policy grants; otherwise the id. */
  class: string;
  severity: AuditFinding['severity'];
  /** The origin to send to prove it (`https://evilbank.example`), or null for non-origin findings. */
  example: string | null;
  /** `anyone`, `needs-subdomain` or `needs-network-position`; null for non-origin findings. */
  who: string | null;
  /** The browser engines that can send `example`; null for non-origin findings. */
  browsers: string[] | null;
  title: string;
  why: string;
  fix: string;
  path: string | null;
}

/** The JSON record of one finding. */
export function auditCommandJson(f: AuditFinding): AuditCommandRecord {
  return {
    id: f.id,
    class: f.attack?.class ?? f.id,
    severity: f.severity,
    example: f.attack?.origin ?? null,
    who: f.attack?.who ?? null,
    browsers: f.attack?.browsers ?? null,
    title: f.title,
    why: f.why,
    fix: f.fix,
    path: f.path ?? null,
  };
}

/** A human table: severity, id and where, then the example, why and fix indented below. */
export function auditCommandTable(findings: AuditFinding[]): string {
  if (findings.length === 0) return 'No findings: the policy looks safe.\n';
  const rows = findings.map((f) => [f.severity.toUpperCase(), f.id, f.path ?? '', f.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines: string[] = [];
  findings.forEach((f, n) => {
    const row = rows[n] ?? [];
    lines.push(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
    lines.push(...auditCommandDetail(f, '    '));
  });
  const high = findings.filter((f) => f.severity === 'high').length;
  lines.push('', `${findings.length} finding(s), ${high} high.`);
  return `${lines.join('\n')}\n`;
}

/** The lines under a finding's headline: the attack origin (when there is one), why and fix. */
export function auditCommandDetail(f: AuditFinding, indent: string): string[] {
  const example = f.attack
    ? [`${indent}example: Origin: ${f.attack.origin} (${f.attack.class}; ${f.attack.who})`]
    : [];
  return [...example, `${indent}why: ${f.why}`, `${indent}fix: ${f.fix}`];
}
