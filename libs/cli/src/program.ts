import { Command } from 'commander';
import { registerClassifyCommand } from './commands/classify';
import { registerDedupeCommand } from './commands/dedupe';
import { registerDlqCommand } from './commands/dlq';
import { registerProjectionsCommand } from './commands/projections';
import { registerTrainCommand } from './commands/train';

/** The `opinion` command-line tool: each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('opinion')
    .description('社情民意信息平台 command-line tool')
    .showHelpAfterError()
    .exitOverride((error) => {
      process.exit(error.exitCode === 0 ? 0 : 2);
    });
  registerTrainCommand(program);
  registerClassifyCommand(program);
  registerDedupeCommand(program);
  registerDlqCommand(program);
  registerProjectionsCommand(program);
  return program;
}
