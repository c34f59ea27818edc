import { Command, CommanderError } from 'commander';
import { auditCommand } from './auditCommand.ts';
import { checkCommand } from './checkCommand.ts';
import { exportCommand } from './exportCommand.ts';
import type { CliIo } from './cliIo.ts';
import { cliExit } from './cliInput.ts';
import { cliSession, cliSessionRun, CliSessionExit } from './cliSession.ts';
import { importCommand } from './importCommand.ts';
import { simulateCommand } from './simulateCommand.ts';

/**
 * The `cors` command line: simulate, export, import, audit and check. One program serves every run
 * (commander restores its state before each parse); its help and usage errors go to the run's own streams.
 */
const program = new Command('cors')
  .description('CORS Playground on the command line')
  .showHelpAfterError()
  .configureOutput({
    writeOut: (text) => cliSession().io.stdout.write(text),
    writeErr: (text) => cliSession().io.stderr.write(text),
  })
  // Usage errors throw instead of exiting the process; cliMain turns them into exit codes.
  .exitOverride();

simulateCommand(program);
exportCommand(program);
importCommand(program);
auditCommand(program);
checkCommand(program);

/** Runs one after another: the one program holds a single parse's state at a time. */
let cliMainQueue: Promise<unknown> = Promise.resolve();

/**
 * Runs `cors <argv…>` in this process, reading and writing `io` instead of the process's streams, and
 * resolves to the exit code: 0 fine, 1 a finding or a blocked request, 2 bad input (usage errors too).
 */
export function cliMain(argv: string[], io: CliIo): Promise<number> {
  const run = cliMainQueue.then(() => cliMainRun(argv, io));
  cliMainQueue = run.catch(() => undefined);
  return run;
}

async function cliMainRun(argv: string[], io: CliIo): Promise<number> {
  let exitCode: number | undefined;
  const session = await cliSessionRun(io, async () => {
    try {
      await program.parseAsync(argv, { from: 'user' });
    } catch (error) {
      if (error instanceof CliSessionExit) exitCode = error.code;
      else if (error instanceof CommanderError) exitCode = cliMainUsageCode(error);
      else throw error;
    }
  });
  return exitCode ?? session.exitCode;
}

function cliMainUsageCode(error: CommanderError): number {
  return error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
    ? cliExit.ok
    : cliExit.badInput;
}
