#!/usr/bin/env node
// The `saqbol` command: one entry point for the server and every offline tool.
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

const program = new Command();
program
  .name('saqbol')
  .description('saqbol — against callback-lure fraud (Check · Watch · Campaign)')
  .version('0.1.0')
  .showHelpAfterError();
registerCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`saqbol: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
