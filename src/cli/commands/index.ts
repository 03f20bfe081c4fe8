// Every CLI command, registered in one place.
import type { Command } from 'commander';
import { checkCommand } from './check.js';
import { ingestCommand } from './ingest.js';
import { numberCommand } from './number.js';
import { serveCommand } from './serve.js';
import { simulateCommand } from './simulate.js';
import { watchCommand } from './watch.js';

export function registerCommands(program: Command): void {
  serveCommand(program);
  checkCommand(program);
  numberCommand(program);
  simulateCommand(program);
  watchCommand(program);
  ingestCommand(program);
}
