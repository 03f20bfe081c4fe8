// Link verification: one durable job per publication (its queue state lives here, so work resumes after a
// restart) and the evidence of every check. Raw bodies (gzip) and screenshots are kept in the database
// as blobs rather than as files: a check and its evidence commit together, one backup holds both, and
// several app instances on one PostgreSQL see the same archive. Bodies are capped at 5 MB before gzip.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    const blob = kind === 'postgres' ? 'bytea' : 'blob';
    await db.schema
      .createTable('verification_jobs')
      .addColumn('publication_id', 'integer', (c) => c.primaryKey().references('publications.id').onDelete('cascade'))
      .addColumn('url', 'text', (c) => c.notNull())
      // The host, lower case: claims skip hosts that are busy or were just visited (politeness).
      .addColumn('host', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull()) // queued | running | done
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('run_after', 'text', (c) => c.notNull())
      .addColumn('lease_until', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('next_check_at', 'text')
      .addColumn('last_evidence_id', 'integer')
      .addColumn('gone_since', 'text')
      .addColumn('requested_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('verification_jobs_due').on('verification_jobs').columns(['state', 'run_after']).execute();

    await withId(db.schema.createTable('evidence'), kind)
      .addColumn('publication_id', 'integer', (c) => c.notNull().references('publications.id').onDelete('cascade'))
      .addColumn('source', 'text', (c) => c.notNull()) // check | upload
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('checked_at', 'text', (c) => c.notNull()) // UTC ISO
      .addColumn('checked_at_local', 'text', (c) => c.notNull()) // Asia/Almaty, for people and reports
      .addColumn('requested_url', 'text', (c) => c.notNull())
      .addColumn('fetched_url', 'text', (c) => c.notNull())
      .addColumn('final_url', 'text')
      .addColumn('http_status', 'integer')
      .addColumn('hops', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('title', 'text')
      .addColumn('published_at', 'text')
      .addColumn('published_source', 'text')
      .addColumn('modified_at', 'text')
      .addColumn('modified_source', 'text')
      .addColumn('langs', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('matched_terms', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('kit_overlap', 'integer') // percent
      .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('body_gz', blob)
      .addColumn('body_sha256', 'text')
      .addColumn('body_bytes', 'integer')
      .addColumn('screenshot', blob)
      .addColumn('screenshot_type', 'text')
      .addColumn('screenshot_sha256', 'text')
      .addColumn('rendered', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('duration_ms', 'integer', (c) => c.notNull().defaultTo(0))
      // Uploaded screenshots wait for the authority: pending | confirmed | rejected.
      .addColumn('review', 'text')
      .addColumn('reviewed_by', 'integer')
      .addColumn('reviewed_at', 'text')
      .execute();
    await db.schema.createIndex('evidence_publication').on('evidence').columns(['publication_id', 'checked_at']).execute();
  },
  async down(db) {
    await db.schema.dropTable('evidence').execute();
    await db.schema.dropTable('verification_jobs').execute();
  },
};
