// Alerts: the fraud scheme explained in KK and RU, with hotlines and a source link.
import { randomBytes } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Alert, AlertText, Hotline } from '../campaign/alert.js';
import type { AlertsTable, Database } from './schema.js';

export interface StoredAlert extends Alert {
  id: number;
  createdAt: string;
}

export function toAlert(r: Selectable<AlertsTable>): StoredAlert {
  const content = JSON.parse(r.content) as Record<'kk' | 'ru', AlertText>;
  return { id: r.id, slug: r.slug, content, hotlines: JSON.parse(r.hotlines) as Hotline[], sourceUrl: r.source_url, createdAt: r.created_at };
}

export async function listAlerts(db: Kysely<Database>): Promise<StoredAlert[]> {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toAlert);
}

export async function getAlert(db: Kysely<Database>, id: number): Promise<StoredAlert | undefined> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAlert(row) : undefined;
}

export async function createAlert(db: Kysely<Database>, a: Omit<Alert, 'slug' | 'id'>, now: string): Promise<number> {
  const slug = `alert-${now.slice(0, 10)}-${randomBytes(3).toString('hex')}`;
  const row = await db
    .insertInto('alerts')
    .values({ slug, content: JSON.stringify(a.content), hotlines: JSON.stringify(a.hotlines), source_url: a.sourceUrl, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
