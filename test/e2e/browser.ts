// Shared browser setup for e2e tests: Debian's Chromium through playwright-core, never a downloaded browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/server/logger.js';
import { prepare } from '../../src/server/start.js';
import { makeTempDir } from '../helpers/temp-dir.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);

if (!haveChromium) {
  const msg = `e2e: ${CHROMIUM} not found — browser tests are skipped (install Debian's chromium to run them)`;
  if (process.env.CI) throw new Error(msg);
  process.stderr.write(`${msg}\n`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Starts the real app on a fresh SQLite file (or DATABASE_URL) on a free port. */
export async function serve(env: Record<string, string> = {}): Promise<Served> {
  const { dir, remove } = makeTempDir('e2e');
  const config = loadConfig({ ...process.env, SAQBOL_VAR_DIR: dir, PORT: '0', DATABASE_URL: '', SAQBOL_SECRET: 'e2e-secret-e2e-secret-e2e-secret', ...env });
  const logger = createLogger({ production: true, level: 'warn', pretty: false });
  const { app, store } = await prepare(config, logger);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    close: async () => {
      await app.close();
      await store.close();
      remove();
    },
  };
}
