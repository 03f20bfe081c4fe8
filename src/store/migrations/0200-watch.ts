// Watch tables: number_flags — numbers the detector flagged, one row per (number, source), upserted.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    await withId(db.schema.createTable('number_flags'), kind)
      .addColumn('number', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('score', 'real', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('first_ts', 'text', (c) => c.notNull())
      .addColumn('last_ts', 'text', (c) => c.notNull())
      .addColumn('alerts', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('number_flags_number_source', ['number', 'source'])
      .execute();
    await db.schema.createIndex('number_flags_last_ts').on('number_flags').column('last_ts').execute();
  },
  async down(db) {
    await db.schema.dropTable('number_flags').execute();
  },
};
