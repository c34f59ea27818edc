import type { Command } from 'commander';
import {
  exportTargets,
  policyAudit,
  policyExportersRun,
  type ExportTarget,
  type PolicyExport,
} from '@cors-playground/production';
import { auditCommandDetail } from './auditCommand.ts';
import { cliInputFail, cliInputPolicy } from './cliInput.ts';
import { cliSession } from './cliSession.ts';

const commentPrefix: Record<PolicyExport['language'], string> = {
  javascript: '//',
  python: '#',
  yaml: '#',
  nginx: '#',
  apache: '#',
  caddy: '#',
  java: '//',
  csharp: '//',
};

/**
 * `cors export --to <target> [policy.json]`: code on stdout; on stderr as comments, the policy's HIGH
 * audit findings first (a policy leaving the playground should not carry them unseen), then the
 * differences. Stdout stays exactly the code, so it can be redirected into a file.
 */
export function exportCommand(program: Command): void {
  program
    .command('export')
    .description('export a policy as configuration for a real framework')
    .requiredOption('--to <target>', `one of ${exportTargets.join(', ')}`)
    .argument('[policy]', 'policy JSON file (default: stdin)')
    .action(async (file: string | undefined, options: { to: string }) => {
      if (!(exportTargets as readonly string[]).includes(options.to)) {
        cliInputFail(`--to must be one of ${exportTargets.join(', ')} (got "${options.to}")`);
      }
      const { stdout, stderr } = cliSession().io;
      const policy = await cliInputPolicy(file);
      const result = policyExportersRun(policy, options.to as ExportTarget);
      const c = commentPrefix[result.language];
      const high = policyAudit(policy).filter((f) => f.severity === 'high');
      if (high.length > 0) {
        stderr.write(`${c} HIGH: the audit found ${high.length} serious problem(s) in this policy:\n`);
        for (const f of high) {
          stderr.write(`${c} - ${f.title} (${f.path ?? f.id})\n`);
          for (const line of auditCommandDetail(f, '   ')) stderr.write(`${c}${line}\n`);
        }
      }
      stdout.write(result.code);
      if (result.differences.length === 0) {
        stderr.write(`${c} Exact: ${result.target} behaves like the playground policy.\n`);
      } else {
        stderr.write(`${c} What ${result.target} will do differently from the playground policy:\n`);
        for (const d of result.differences) stderr.write(`${c} - ${d}\n`);
      }
    });
}
