// Every CLI command, registered in one place.
import type { Command } from 'commander';
import { numberCommand } from './number.js';
import { serveCommand } from './serve.js';
import { simulateCommand } from './simulate.js';
import { watchCommand } from './watch.js';

export function registerCommands(program: Command): void {
  serveCommand(program);
  numberCommand(program);
  simulateCommand(program);
  watchCommand(program);
}
