// Small helpers so one migration set creates the same tables on SQLite and PostgreSQL.
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { DbKind } from '../db.js';

export interface PortableMigration {
  up(db: Kysely<unknown>, kind: DbKind): Promise<void>;
  down?(db: Kysely<unknown>, kind: DbKind): Promise<void>;
}

/** An auto-increment integer primary key: `serial` on PostgreSQL, `integer … autoincrement` on SQLite. */
export function withId<T extends string>(t: CreateTableBuilder<T>, kind: DbKind): CreateTableBuilder<T, 'id'> {
  return kind === 'postgres'
    ? t.addColumn('id', 'serial', (c) => c.primaryKey())
    : t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
