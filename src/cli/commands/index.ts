// Every CLI command, registered in one place.
import type { Command } from 'commander';
import { serveCommand } from './serve.js';
import { simulateCommand } from './simulate.js';
import { watchCommand } from './watch.js';

export function registerCommands(program: Command): void {
  serveCommand(program);
  simulateCommand(program);
  watchCommand(program);
}
