// Login sessions. The cookie holds a random id; the table holds only its SHA-256, so a leaked
// database does not hand out live sessions.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { User } from './users.js';

export function sessionHash(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

export async function createSession(db: Kysely<Database>, id: string, userId: number, now: string, expiresAt: string): Promise<void> {
  await db.insertInto('sessions').values({ id_hash: sessionHash(id), user_id: userId, created_at: now, expires_at: expiresAt }).execute();
}

/** The live, enabled user behind a session id, or undefined. */
export async function sessionUser(db: Kysely<Database>, id: string, now: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.role', 'users.disabled', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', sessionHash(id))
    .executeTakeFirst();
  if (!row || row.disabled === 1 || row.expires_at <= now) return undefined;
  return { id: row.id, username: row.username, role: row.role === 'admin' ? 'admin' : 'viewer' };
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', sessionHash(id)).execute();
}

export async function purgeExpiredSessions(db: Kysely<Database>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
