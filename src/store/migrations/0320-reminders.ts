// Reminders: the rules per directive, and one row per reminder that is both the outbox and the sent log.
// The unique key (directive, rule, assignment) is what makes sending idempotent across restarts: a
// reminder is claimed by inserting its row before anything is sent.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    await db.schema
      .createTable('reminder_policies')
      .addColumn('directive_id', 'integer', (c) => c.primaryKey().references('directives.id').onDelete('cascade'))
      .addColumn('days_before', 'text', (c) => c.notNull()) // JSON: number[]
      .addColumn('cap', 'integer', (c) => c.notNull())
      .addColumn('min_gap_hours', 'integer', (c) => c.notNull())
      .addColumn('send_hour', 'integer', (c) => c.notNull())
      .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('reminders'), kind)
      .addColumn('directive_id', 'integer', (c) => c.notNull().references('directives.id').onDelete('cascade'))
      .addColumn('assignment_id', 'integer', (c) => c.notNull().references('assignments.id').onDelete('cascade'))
      .addColumn('rule', 'text', (c) => c.notNull())
      .addColumn('fire_at', 'text', (c) => c.notNull())
      .addColumn('to_email', 'text')
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull()) // smtp | outbox
      // outbox | sending | sent | failed | no_address | done (sent by hand from the outbox)
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('reminders_once', ['directive_id', 'rule', 'assignment_id'])
      .execute();
    await db.schema.createIndex('reminders_status').on('reminders').column('status').execute();
  },
  async down(db) {
    await db.schema.dropTable('reminders').execute();
    await db.schema.dropTable('reminder_policies').execute();
  },
};
