// Campaign tables: directives (an alert sent to institutions with a deadline), one assignment per
// institution with its secret link, and the publication links institutions submit.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    await withId(db.schema.createTable('directives'), kind)
      .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('{}')) // JSON: {districts: [], types: []}
      .addColumn('deadline', 'text', (c) => c.notNull())
      .addColumn('platforms', 'text', (c) => c.notNull().defaultTo('[]')) // JSON: Platform[]
      .addColumn('instructions', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_by', 'integer')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('assignments'), kind)
      .addColumn('directive_id', 'integer', (c) => c.notNull().references('directives.id').onDelete('cascade'))
      .addColumn('institution_id', 'integer', (c) => c.notNull().references('institutions.id'))
      // SHA-256 of the link token (hex): what a request is looked up by.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      // The token sealed with AES-256-GCM under a key derived from the app secret, so reminders can re-send the link.
      .addColumn('token_sealed', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('assignments_directive_institution', ['directive_id', 'institution_id'])
      .execute();

    await withId(db.schema.createTable('publications'), kind)
      .addColumn('assignment_id', 'integer', (c) => c.notNull().references('assignments.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('declared_lang', 'text')
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('withdrawn_at', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('verify_status', 'text', (c) => c.notNull().defaultTo('pending'))
      .addColumn('verify_reason', 'text')
      .addColumn('verified_at', 'text')
      .execute();
    await db.schema.createIndex('publications_assignment').on('publications').column('assignment_id').execute();
  },
  async down(db) {
    await db.schema.dropTable('publications').execute();
    await db.schema.dropTable('assignments').execute();
    await db.schema.dropTable('directives').execute();
  },
};
