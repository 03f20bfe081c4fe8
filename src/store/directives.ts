// Directives: an alert sent to institutions with a deadline. Issuing one creates every assignment at once.
import type { Kysely, Selectable } from 'kysely';
import type { Recipients } from '../campaign/directive.js';
import { matchesRecipients } from '../campaign/directive.js';
import { SaqbolError } from '../errors.js';
import { issueAssignment } from './assignments.js';
import type { Database, DirectivesTable } from './schema.js';

export interface Directive {
  id: number;
  alertId: number;
  title: string;
  recipients: Recipients;
  deadline: string;
  platforms: string[];
  instructions: string;
  createdBy: number | null;
  createdAt: string;
}

export function toDirective(r: Selectable<DirectivesTable>): Directive {
  const rec = JSON.parse(r.recipients) as Partial<Recipients>;
  return {
    id: r.id,
    alertId: r.alert_id,
    title: r.title,
    recipients: { districts: rec.districts ?? [], types: rec.types ?? [] },
    deadline: r.deadline,
    platforms: JSON.parse(r.platforms) as string[],
    instructions: r.instructions,
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

export async function listDirectives(db: Kysely<Database>): Promise<Directive[]> {
  const rows = await db.selectFrom('directives').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toDirective);
}

export async function getDirective(db: Kysely<Database>, id: number): Promise<Directive | undefined> {
  const row = await db.selectFrom('directives').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDirective(row) : undefined;
}

export type NewDirective = Omit<Directive, 'id' | 'createdAt'>;

/** Creates the directive and one assignment (with its own secret link) per matching institution, in one transaction. */
export async function issueDirective(db: Kysely<Database>, d: NewDirective, secret: string, now: string): Promise<{ id: number; assignments: number }> {
  return db.transaction().execute(async (tx) => {
    const institutions = await tx.selectFrom('institutions').select(['id', 'district', 'type']).orderBy('id').execute();
    const chosen = institutions.filter((i) => matchesRecipients(i, d.recipients));
    if (chosen.length === 0) throw new SaqbolError('conflict', { detail: 'no institution matches the chosen districts and types' });
    const row = await tx
      .insertInto('directives')
      .values({
        alert_id: d.alertId,
        title: d.title,
        recipients: JSON.stringify(d.recipients),
        deadline: d.deadline,
        platforms: JSON.stringify(d.platforms),
        instructions: d.instructions,
        created_by: d.createdBy,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const i of chosen) await issueAssignment(tx, row.id, i.id, secret, now);
    return { id: row.id, assignments: chosen.length };
  });
}
