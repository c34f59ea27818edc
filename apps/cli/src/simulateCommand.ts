import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { browserNames } from '@cors-playground/engine';
import { cliInputBrowser } from './cliInput.ts';
import { simulateLine } from './simulateLine.ts';

/** `cors simulate [--browser chromium|firefox|webkit]`: NDJSON fetches on stdin, one NDJSON trace per line out. */
export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('simulate fetches: NDJSON requests on stdin, one NDJSON trace per line on stdout')
    .option('--browser <browser>', browserNames.join(', ') + ' (WebKit is Safari’s engine)', 'chromium')
    .action(async (options: { browser: string }) => {
      const browser = cliInputBrowser(options.browser);
      // Lines are handled one at a time as they arrive, so output order is input order.
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        if (line.trim() === '') continue;
        process.stdout.write(`${JSON.stringify(simulateLine(line, browser))}\n`);
      }
    });
}
