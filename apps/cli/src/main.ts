import { Command } from 'commander';
import { auditCommand } from './auditCommand.ts';
import { checkCommand } from './checkCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { importCommand } from './importCommand.ts';
import { simulateCommand } from './simulateCommand.ts';

/** The `cors` command line: simulate, export, import, audit and check. */
const program = new Command('cors')
  .description('CORS Playground on the command line')
  .showHelpAfterError()
  // Usage errors (unknown option, missing argument) are bad input: exit 2, like invalid policies.
  .exitOverride((error) => {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') process.exit(0);
    process.exit(2);
  });

simulateCommand(program);
exportCommand(program);
importCommand(program);
auditCommand(program);
checkCommand(program);

await program.parseAsync(process.argv);
