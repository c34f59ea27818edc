import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  importSourceNames,
  importSources,
  policyImportersRun,
  type ImportSource,
} from '@cors-playground/production/import';
import { cliExit, cliInputFail, cliInputPath, cliInputStdin } from './cliInput.ts';
import { cliSession } from './cliSession.ts';

/**
 * `cors import --from <framework> [file]`: the policy a pasted framework configuration enforces, as
 * policy JSON on stdout (ready for `cors export`, `cors audit` or the playground), the notes on
 * stderr; any error (with its line) voids the policy: stdout stays empty and the exit code is 2.
 * With `--json`, stdout is the whole result (policy, notes, errors) instead.
 */
export function importCommand(program: Command): void {
  program
    .command('import')
    .description("import a framework's CORS configuration as the policy it really enforces")
    .requiredOption(
      '--from <framework>',
      importSources.map((s) => `${s}: ${importSourceNames[s]}`).join('; '),
    )
    .option('--json', 'print the whole result (policy, notes, errors) as JSON on stdout')
    .argument('[file]', 'configuration file (default: stdin)')
    .action(async (file: string | undefined, options: { from: string; json?: boolean }) => {
      if (!(importSources as readonly string[]).includes(options.from)) {
        cliInputFail(`--from must be one of ${importSources.join(', ')} (got "${options.from}")`);
      }
      let text: string;
      try {
        text = file ? await readFile(cliInputPath(file), 'utf8') : await cliInputStdin();
      } catch (error) {
        return cliInputFail(`Cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
      }
      const result = policyImportersRun(text, options.from as ImportSource);
      const session = cliSession();
      const { stdout, stderr } = session.io;
      const where = file ?? 'stdin';
      if (options.json) stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (result.policy) stdout.write(`${JSON.stringify(result.policy, null, 2)}\n`);
      for (const e of result.errors) stderr.write(`cors: ${where}:${e.line}: ${e.message}\n    ${e.text}\n`);
      for (const note of result.notes) stderr.write(`note: ${note}\n`);
      if (result.errors.length > 0) {
        stderr.write(
          `cors: not imported: ${result.errors.length} line(s) cannot be read faithfully (the import never guesses)\n`,
        );
        session.exitCode = cliExit.badInput;
      }
    });
}
