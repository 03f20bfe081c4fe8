// Citizen scam reports: one row per (number, message) pair, with how many times it was reported
// and the moderation decision. No reporter data is kept — only what the person typed.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    await withId(db.schema.createTable('scam_reports'), kind)
      // sha-256 of "number key | text hash": the same report twice is counted, not stored twice
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('number_key', 'text')
      .addColumn('number_kind', 'text')
      .addColumn('text', 'text')
      .addColumn('text_hash', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('first_reported_at', 'text', (c) => c.notNull())
      .addColumn('last_reported_at', 'text', (c) => c.notNull())
      .addColumn('decided_at', 'text')
      .addColumn('decided_by', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('scam_reports_number').on('scam_reports').columns(['number_key', 'status']).execute();
    await db.schema.createIndex('scam_reports_status').on('scam_reports').columns(['status', 'last_reported_at']).execute();
  },
  async down(db) {
    await db.schema.dropTable('scam_reports').execute();
  },
};
