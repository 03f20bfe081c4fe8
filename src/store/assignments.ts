// Assignments: one per institution per directive, reached through a secret link /a/<token>.
// The token (192 random bits) is looked up by its SHA-256; it is also kept sealed with AES-256-GCM under
// a key derived from the app secret, so the link can be shown to the authority and re-sent in reminders.
// Revoking stops the link; re-issuing replaces the token (the old link stops working).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'saqbol', 'assignment-token', 32));
}

export function sealToken(secret: string, token: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key(secret), iv);
  const body = Buffer.concat([c.update(token, 'utf8'), c.final()]);
  return Buffer.concat([iv, c.getAuthTag(), body]).toString('base64url');
}

/** The token back from its sealed form, or undefined when the app secret has changed since. */
export function openToken(secret: string, sealed: string): string | undefined {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    const d = createDecipheriv('aes-256-gcm', key(secret), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The institution's link to its assignment. */
export function assignmentLink(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/a/${token}`;
}

export async function issueAssignment(
  db: Kysely<Database>,
  directiveId: number,
  institutionId: number,
  secret: string,
  now: string,
): Promise<{ id: number; token: string }> {
  const token = newToken();
  const row = await db
    .insertInto('assignments')
    .values({ directive_id: directiveId, institution_id: institutionId, token_hash: tokenHash(token), token_sealed: sealToken(secret, token), issued_at: now, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}

/** Replaces the assignment's token with a new one (and lifts a revocation); returns the new token. */
export async function reissueAssignment(db: Kysely<Database>, id: number, secret: string, now: string): Promise<string | undefined> {
  const token = newToken();
  const res = await db
    .updateTable('assignments')
    .set({ token_hash: tokenHash(token), token_sealed: sealToken(secret, token), issued_at: now, revoked_at: null })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1 ? token : undefined;
}

export async function revokeAssignment(db: Kysely<Database>, id: number, now: string): Promise<boolean> {
  const res = await db.updateTable('assignments').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface AssignmentRow {
  id: number;
  directiveId: number;
  institutionId: number;
  institutionKk: string;
  institutionRu: string;
  district: string;
  type: string;
  email: string | null;
  website: string | null;
  socials: string;
  tokenSealed: string;
  issuedAt: string;
  revokedAt: string | null;
}

function assignmentQuery(db: Kysely<Database>) {
  return db
    .selectFrom('assignments')
    .innerJoin('institutions', 'institutions.id', 'assignments.institution_id')
    .select([
      'assignments.id as id',
      'assignments.directive_id as directiveId',
      'assignments.institution_id as institutionId',
      'institutions.name_kk as institutionKk',
      'institutions.name_ru as institutionRu',
      'institutions.district as district',
      'institutions.type as type',
      'institutions.email as email',
      'institutions.website as website',
      'institutions.socials as socials',
      'assignments.token_sealed as tokenSealed',
      'assignments.issued_at as issuedAt',
      'assignments.revoked_at as revokedAt',
    ]);
}

/** The live (not revoked) assignment a link token opens, or undefined. */
export async function assignmentByToken(db: Kysely<Database>, token: string): Promise<AssignmentRow | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  return assignmentQuery(db).where('assignments.token_hash', '=', tokenHash(token)).where('assignments.revoked_at', 'is', null).executeTakeFirst();
}

export async function assignmentById(db: Kysely<Database>, id: number): Promise<AssignmentRow | undefined> {
  return assignmentQuery(db).where('assignments.id', '=', id).executeTakeFirst();
}

export async function assignmentsOf(db: Kysely<Database>, directiveId: number): Promise<AssignmentRow[]> {
  return assignmentQuery(db).where('assignments.directive_id', '=', directiveId).orderBy('institutions.district').orderBy('institutions.name_ru').execute();
}
