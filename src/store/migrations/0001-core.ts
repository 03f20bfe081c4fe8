// Core tables: settings, institutions, alerts.
import type { PortableMigration } from './helpers.js';
import { withId } from './helpers.js';

export const migration: PortableMigration = {
  async up(db, kind) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await withId(db.schema.createTable('institutions'), kind)
      .addColumn('name_kk', 'text', (c) => c.notNull())
      .addColumn('name_ru', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('district', 'text', (c) => c.notNull())
      .addColumn('director', 'text')
      .addColumn('email', 'text')
      .addColumn('phone', 'text')
      .addColumn('website', 'text')
      .addColumn('socials', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('institutions_name_ru').on('institutions').column('name_ru').execute();

    await withId(db.schema.createTable('alerts'), kind)
      .addColumn('slug', 'text', (c) => c.notNull().unique())
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('hotlines', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('source_url', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db) {
    await db.schema.dropTable('alerts').execute();
    await db.schema.dropTable('institutions').execute();
    await db.schema.dropTable('settings').execute();
  },
};
