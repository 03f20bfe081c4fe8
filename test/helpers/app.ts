// Builds the real app on a test store, without listening on a port (Fastify inject).
import pino from 'pino';
import { loadConfig } from '../../src/config.js';
import type { Config } from '../../src/config.js';
import { buildApp } from '../../src/server/app.js';
import type { App } from '../../src/server/app.js';
import type { Store } from '../../src/store/db.js';
import { nowIso } from '../../src/store/db.js';
import { seedDemo } from '../../src/store/seed.js';

export interface TestApp {
  app: App;
  store: Store;
  config: Config;
  clock: { now: number };
}

export async function testApp(store: Store, opts: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const config = { ...loadConfig({ ...opts.env, SAQBOL_SECRET: 'test-secret-test-secret-test-secret' }) };
  const clock = { now: Date.parse('2026-12-01T06:00:00Z') };
  if (opts.seed !== false) await seedDemo(store, config.dataDir, nowIso(() => clock.now));
  const app = await buildApp({ config, store, logger: pino({ level: 'silent' }), clock: () => clock.now });
  await app.ready();
  return { app, store, config, clock };
}
