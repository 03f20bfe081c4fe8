// Institutions the authority sends directives to: create, edit, list, and apply an import at once.
import type { Kysely, Selectable } from 'kysely';
import type { InstitutionInput } from '../campaign/institution.js';
import type { Database, InstitutionsTable } from './schema.js';

export interface Institution extends InstitutionInput {
  id: number;
  createdAt: string;
  updatedAt: string;
}

function parseSocials(text: string): Record<string, string> {
  try {
    const v = JSON.parse(text) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
    }
  } catch {
    // a malformed value reads as no accounts
  }
  return {};
}

export function toInstitution(r: Selectable<InstitutionsTable>): Institution {
  return {
    id: r.id,
    nameKk: r.name_kk,
    nameRu: r.name_ru,
    type: r.type,
    district: r.district,
    director: r.director,
    email: r.email,
    phone: r.phone,
    website: r.website,
    socials: parseSocials(r.socials),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(i: InstitutionInput): Omit<InstitutionsTable, 'id' | 'created_at' | 'updated_at'> {
  return {
    name_kk: i.nameKk,
    name_ru: i.nameRu,
    type: i.type,
    district: i.district,
    director: i.director,
    email: i.email,
    phone: i.phone,
    website: i.website,
    socials: JSON.stringify(i.socials),
  };
}

export async function listInstitutions(db: Kysely<Database>): Promise<Institution[]> {
  const rows = await db.selectFrom('institutions').selectAll().orderBy('district').orderBy('name_ru').execute();
  return rows.map(toInstitution);
}

export async function getInstitution(db: Kysely<Database>, id: number): Promise<Institution | undefined> {
  const row = await db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toInstitution(row) : undefined;
}

export async function createInstitution(db: Kysely<Database>, i: InstitutionInput, now: string): Promise<number> {
  const row = await db
    .insertInto('institutions')
    .values({ ...columns(i), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateInstitution(db: Kysely<Database>, id: number, i: InstitutionInput, now: string): Promise<boolean> {
  const res = await db.updateTable('institutions').set({ ...columns(i), updated_at: now }).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Applies a whole import in one transaction: every row is created or updated, or none is. */
export async function applyInstitutionImport(
  db: Kysely<Database>,
  rows: { value: InstitutionInput; existingId?: number }[],
  now: string,
): Promise<{ created: number; updated: number }> {
  return db.transaction().execute(async (tx) => {
    let created = 0;
    let updated = 0;
    for (const r of rows) {
      if (r.existingId !== undefined) {
        if (!(await updateInstitution(tx, r.existingId, r.value, now))) throw new Error(`institution ${r.existingId} vanished during import`);
        updated++;
      } else {
        await createInstitution(tx, r.value, now);
        created++;
      }
    }
    return { created, updated };
  });
}
