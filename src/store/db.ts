// Opens the store: Kysely over better-sqlite3 (default, a file under ./var) or PostgreSQL (DATABASE_URL).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely';
import pg from 'pg';
import { SaqbolError } from '../errors.js';
import { MIGRATIONS } from './migrations/index.js';
import type { Database } from './schema.js';

export type DbKind = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: DbKind;
  /** PostgreSQL schema the store lives in, when not the default search path. */
  schema?: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  /** PostgreSQL only: a schema of its own (created if missing), so test runs stay apart. */
  pgSchema?: string;
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  if (opts.databaseUrl) {
    const schema = opts.pgSchema;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new SaqbolError('bad_config', { detail: `bad schema name ${schema}` });
    }
    if (schema) {
      const admin = new pg.Client({ connectionString: opts.databaseUrl });
      await admin.connect();
      try {
        await admin.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      } finally {
        await admin.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(schema ? { options: `-c search_path="${schema}"` } : {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', ...(schema ? { schema } : {}), close: () => db.destroy() };
  }
  const path = opts.sqlitePath ?? ':memory:';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

function provider(kind: DbKind): MigrationProvider {
  return {
    getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = {
          up: (db) => m.up(db, kind),
          ...(m.down ? { down: (db: Kysely<unknown>) => m.down!(db, kind) } : {}),
        };
      }
      return Promise.resolve(out);
    },
  };
}

/** Applies every pending migration; returns the name of the latest one applied. */
export async function migrate(store: Store): Promise<string | undefined> {
  const migrator = new Migrator({
    db: store.db,
    provider: provider(store.kind),
    allowUnorderedMigrations: true,
    // Kysely looks for its own tables across all schemas; pin them to ours so schemas stay apart.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new SaqbolError('db_error', {}, { cause: failed ? new Error(`migration ${failed.migrationName} failed`, { cause: error }) : error });
  }
  return migrationVersion(store);
}

export async function migrationVersion(store: Store): Promise<string | undefined> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(store.db);
  return rows.rows[0]?.name;
}

export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString();
}
