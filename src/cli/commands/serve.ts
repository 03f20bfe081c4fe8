// `saqbol serve`: the web app and API (what `npm start` runs).
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';

export function serveCommand(program: Command): void {
  program
    .command('serve')
    .description('start the web app and API (SQLite under ./var by default, PostgreSQL with DATABASE_URL)')
    .option('--port <port>', 'port to listen on (env PORT, default 8080)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .action(async (opts: { port?: string; host?: string }) => {
      const config = loadConfig({ ...process.env, ...(opts.port ? { PORT: opts.port } : {}), ...(opts.host ? { HOST: opts.host } : {}) });
      // the server's modules load only for this command: the offline tools stay light
      const { start } = await import('../../server/start.js');
      const running = await start(config);
      const stop = (signal: string): void => {
        running.logger.info({ signal }, 'shutting down');
        void running.close().then(() => process.exit(0));
      };
      process.once('SIGINT', () => { stop('SIGINT'); });
      process.once('SIGTERM', () => { stop('SIGTERM'); });
    });
}
