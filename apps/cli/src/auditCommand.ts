import type { Command } from 'commander';
import {
  exposureMap,
  exposureMapText,
  exposureOriginsGuess,
  policyAudit,
  type AuditFinding,
} from '@cors-playground/production';
import { cliExit, cliInputPolicy } from './cliInput.ts';

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
      process.stdout.write(
        options.json
          ? `${JSON.stringify(findings, null, 2)}\n`
          : `${auditCommandTable(findings)}\n${exposureMapText(exposureMap(policy, exposureOriginsGuess(policy)))}`,
      );
      process.exitCode = findings.some((f) => f.severity === 'high') ? cliExit.failed : cliExit.ok;
    });
}

/** A human table: severity, id and where, then the why and fix indented below. */
export function auditCommandTable(findings: AuditFinding[]): string {
  if (findings.length === 0) return 'No findings: the policy looks safe.\n';
  const rows = findings.map((f) => [f.severity.toUpperCase(), f.id, f.path ?? '', f.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines: string[] = [];
  findings.forEach((f, n) => {
    const row = rows[n] ?? [];
    lines.push(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  '));
    lines.push(`    why: ${f.why}`, `    fix: ${f.fix}`);
  });
  const high = findings.filter((f) => f.severity === 'high').length;
  lines.push('', `${findings.length} finding(s), ${high} high.`);
  return `${lines.join('\n')}\n`;
}
