// Runtime configuration, read once from the environment at the edge and validated.
import { resolve } from 'node:path';
import { SaqbolError } from './errors.js';
import { PACKAGE_ROOT } from './paths.js';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  sqlitePath: string;
  dataDir: string;
  varDir: string;
  production: boolean;
  logLevel: string;
  natsUrl: string | undefined;
  smtpUrl: string | undefined;
  publicUrl: string;
  adminPassword: string | undefined;
  seedDemo: boolean;
  /** Signs cookies; from SAQBOL_SECRET, else a random key kept in var/ (see server/start). */
  cookieSecret: string;
}

function port(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new SaqbolError('bad_config', { detail: `PORT must be an integer 0..65535, got "${raw}"` });
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const varDir = resolve(env.SAQBOL_VAR_DIR ?? resolve(PACKAGE_ROOT, 'var'));
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new SaqbolError('bad_config', { detail: 'DATABASE_URL must start with postgres:// (unset it for SQLite)' });
  }
  const host = env.HOST ?? '127.0.0.1';
  const p = port(env.PORT, 8080);
  return {
    host,
    port: p,
    databaseUrl,
    sqlitePath: env.SQLITE_PATH ?? resolve(varDir, 'saqbol.sqlite'),
    dataDir: resolve(PACKAGE_ROOT, 'data'),
    varDir,
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? 'info',
    natsUrl: env.NATS_URL && env.NATS_URL !== '' ? env.NATS_URL : undefined,
    smtpUrl: env.SMTP_URL && env.SMTP_URL !== '' ? env.SMTP_URL : undefined,
    publicUrl: (env.PUBLIC_URL ?? `http://${host}:${p}`).replace(/\/$/, ''),
    adminPassword: env.SAQBOL_ADMIN_PASSWORD,
    seedDemo: env.SAQBOL_SEED_DEMO !== '0',
    cookieSecret: env.SAQBOL_SECRET ?? '',
  };
}
