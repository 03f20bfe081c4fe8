// Publication links an institution submits for its assignment. Verification (another module) fills
// verify_status / verify_reason / verified_at; a changed URL goes back to 'pending'.
import type { Kysely, Selectable } from 'kysely';
import type { Database, PublicationsTable } from './schema.js';

export interface Publication {
  id: number;
  assignmentId: number;
  url: string;
  platform: string;
  lang: string | null;
  submittedAt: string;
  late: boolean;
  withdrawnAt: string | null;
  updatedAt: string;
  verifyStatus: string;
  verifyReason: string | null;
  verifiedAt: string | null;
}

export function toPublication(r: Selectable<PublicationsTable>): Publication {
  return {
    id: r.id,
    assignmentId: r.assignment_id,
    url: r.url,
    platform: r.platform,
    lang: r.declared_lang,
    submittedAt: r.submitted_at,
    late: r.late === 1,
    withdrawnAt: r.withdrawn_at,
    updatedAt: r.updated_at,
    verifyStatus: r.verify_status,
    verifyReason: r.verify_reason,
    verifiedAt: r.verified_at,
  };
}

export interface NewPublication {
  url: string;
  platform: string;
  lang: string | null;
}

/** Adds links not already live on the assignment; returns how many were added. */
export async function addPublications(db: Kysely<Database>, assignmentId: number, items: NewPublication[], late: boolean, now: string): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const live = await tx.selectFrom('publications').select('url').where('assignment_id', '=', assignmentId).where('withdrawn_at', 'is', null).execute();
    const seen = new Set(live.map((r) => r.url));
    let added = 0;
    for (const i of items) {
      if (seen.has(i.url)) continue;
      seen.add(i.url);
      await tx
        .insertInto('publications')
        .values({ assignment_id: assignmentId, url: i.url, platform: i.platform, declared_lang: i.lang, submitted_at: now, late: late ? 1 : 0, updated_at: now })
        .execute();
      added++;
    }
    return added;
  });
}

export async function publicationsOf(db: Kysely<Database>, assignmentIds: number[]): Promise<Publication[]> {
  if (assignmentIds.length === 0) return [];
  const rows = await db.selectFrom('publications').selectAll().where('assignment_id', 'in', assignmentIds).orderBy('submitted_at').orderBy('id').execute();
  return rows.map(toPublication);
}

/** Edits a live link of this assignment only; a new URL is verified again. */
export async function editPublication(db: Kysely<Database>, assignmentId: number, id: number, p: NewPublication, now: string): Promise<boolean> {
  const current = await db.selectFrom('publications').select('url').where('id', '=', id).where('assignment_id', '=', assignmentId).where('withdrawn_at', 'is', null).executeTakeFirst();
  if (!current) return false;
  const changed = current.url !== p.url;
  await db
    .updateTable('publications')
    .set({
      url: p.url,
      platform: p.platform,
      declared_lang: p.lang,
      updated_at: now,
      ...(changed ? { verify_status: 'pending', verify_reason: null, verified_at: null } : {}),
    })
    .where('id', '=', id)
    .where('assignment_id', '=', assignmentId)
    .execute();
  return true;
}

export async function withdrawPublication(db: Kysely<Database>, assignmentId: number, id: number, now: string): Promise<boolean> {
  const res = await db
    .updateTable('publications')
    .set({ withdrawn_at: now, updated_at: now })
    .where('id', '=', id)
    .where('assignment_id', '=', assignmentId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
