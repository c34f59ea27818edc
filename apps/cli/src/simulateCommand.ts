import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { BrowserName } from '@cors-playground/engine';
import { cliIoStdinStream } from './cliIo.ts';
import { cliInputFail } from './cliInput.ts';
import { cliSession } from './cliSession.ts';
import { simulateLine } from './simulateLine.ts';

/** `cors simulate [--browser chromium|firefox]`: NDJSON fetches on stdin, one NDJSON trace per line out. */
export function simulateCommand(program: Command): void {
  program
    .command('simulate')
    .description('simulate fetches: NDJSON requests on stdin, one NDJSON trace per line on stdout')
    .option('--browser <browser>', 'chromium or firefox', 'chromium')
    .action(async (options: { browser: string }) => {
      if (options.browser !== 'chromium' && options.browser !== 'firefox') {
        cliInputFail(`--browser must be chromium or firefox (got "${options.browser}")`);
      }
      const browser = options.browser as BrowserName;
      // Lines are handled one at a time as they arrive, so output order is input order.
      const { io } = cliSession();
      for await (const line of createInterface({ input: cliIoStdinStream(io), crlfDelay: Infinity })) {
        if (line.trim() === '') continue;
        io.stdout.write(`${JSON.stringify(simulateLine(line, browser))}\n`);
      }
    });
}
