import type { Command } from 'commander';
import {
  exportTargets,
  policyExportersRun,
  type ExportTarget,
  type PolicyExport,
} from '@cors-playground/production';
import { cliInputFail, cliInputPolicy } from './cliInput.ts';

const commentPrefix: Record<PolicyExport['language'], string> = {
  javascript: '//',
  python: '#',
  yaml: '#',
  nginx: '#',
  java: '//',
  csharp: '//',
};

/** `cors export --to <target> [policy.json]`: code on stdout, differences on stderr as comments. */
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
      const policy = await cliInputPolicy(file);
      const result = policyExportersRun(policy, options.to as ExportTarget);
      process.stdout.write(result.code);
      const c = commentPrefix[result.language];
      if (result.differences.length === 0) {
        process.stderr.write(`${c} Exact: ${result.target} behaves like the playground policy.\n`);
      } else {
        process.stderr.write(`${c} What ${result.target} will do differently from the playground policy:\n`);
        for (const d of result.differences) process.stderr.write(`${c} - ${d}\n`);
      }
    });
}
