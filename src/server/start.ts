// Starts the whole app: store, migrations, demo seed, HTTP server. Used by `saqbol serve`.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { migrate, nowIso, openStore } from '../store/db.js';
import type { Store } from '../store/db.js';
import { seedDemo } from '../store/seed.js';
import { buildApp } from './app.js';
import type { App } from './app.js';
import { createLogger } from './logger.js';
import { smtpMailer } from '../campaign/reminders/mailer.js';
import { reminderService } from './routes/outbox-service.js';
import { startVerification } from './routes/verification-service.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import { startNatsAlerts } from './nats-alerts.js';
import type { NatsAlerts } from './nats-alerts.js';

/** A stable cookie secret: from the environment, else created once under var/ with owner-only access. */
export function cookieSecret(config: Config): string {
  if (config.cookieSecret) return config.cookieSecret;
  const file = join(config.varDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.varDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface Running {
  app: App;
  store: Store;
  url: string;
  logger: Logger;
  close(): Promise<void>;
}

export async function prepare(config: Config, logger: Logger, clock: () => number = Date.now): Promise<{ app: App; store: Store }> {
  const store = await openStore({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  const version = await migrate(store);
  logger.info({ db: store.kind, migration: version }, 'database ready');
  if (config.seedDemo) {
    const seeded = await seedDemo(store, config.dataDir, nowIso(clock));
    if (seeded.seeded) logger.info(seeded, 'demo data seeded');
  }
  await ensureFirstAdmin(store, config.adminPassword, logger, nowIso(clock));
  const app = await buildApp({ config: { ...config, cookieSecret: cookieSecret(config) }, store, logger, clock });
  return { app, store };
}

export async function start(config: Config): Promise<Running> {
  const logger = createLogger({ production: config.production, level: config.logLevel });
  const { app, store } = await prepare(config, logger);
  const address = await app.listen({ host: config.host, port: config.port });
  logger.info({ url: address, db: store.kind }, `saqbol listening on ${address}`);
  // Reminders: croner only wakes the service; what is due and what was sent lives in the database.
  const reminders = reminderService({ store, publicUrl: config.publicUrl, secret: cookieSecret(config), logger, clock: Date.now, mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.publicUrl) : undefined });
  reminders.start();
  // Publication links are verified in the background; the queue lives in the database.
  const verification = startVerification({ db: store.db, logger, clock: Date.now, publicUrl: config.publicUrl });
  // Watch alerts from scale-out workers become number flags.
  let natsAlerts: NatsAlerts | undefined;
  if (config.natsUrl) {
    try {
      natsAlerts = await startNatsAlerts(config.natsUrl, store, logger);
    } catch (err) {
      logger.error({ err, url: config.natsUrl }, 'NATS unreachable: Watch alerts from scale-out workers are not recorded');
    }
  }
  return {
    app,
    store,
    url: address,
    logger,
    close: async () => {
      await reminders.stop();
      await verification.close();
      await natsAlerts?.close();
      await app.close();
      await store.close();
    },
  };
}
