// Authority accounts: admins run campaigns, viewers only look.
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type Role = 'admin' | 'viewer';

export interface User {
  id: number;
  username: string;
  role: Role;
}

export interface UserWithHash extends User {
  passwordHash: string;
  disabled: boolean;
}

function toRole(v: string): Role {
  return v === 'admin' ? 'admin' : 'viewer';
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function createUser(
  db: Kysely<Database>,
  u: { username: string; role: Role; passwordHash: string },
  now: string,
): Promise<User> {
  const row = await db
    .insertInto('users')
    .values({ username: u.username, role: u.role, password_hash: u.passwordHash, created_at: now, updated_at: now })
    .returning(['id', 'username', 'role'])
    .executeTakeFirstOrThrow();
  return { id: row.id, username: row.username, role: toRole(row.role) };
}

export async function findUserByName(db: Kysely<Database>, username: string): Promise<UserWithHash | undefined> {
  const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, username: row.username, role: toRole(row.role), passwordHash: row.password_hash, disabled: row.disabled === 1 };
}

export async function touchLogin(db: Kysely<Database>, id: number, now: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: now }).where('id', '=', id).execute();
}

export async function setPassword(db: Kysely<Database>, id: number, passwordHash: string, now: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', id).execute();
}

export interface UserSummary extends User {
  disabled: boolean;
  lastLoginAt: string | null;
}

export async function listUsers(db: Kysely<Database>): Promise<UserSummary[]> {
  const rows = await db.selectFrom('users').select(['id', 'username', 'role', 'disabled', 'last_login_at']).orderBy('username').execute();
  return rows.map((r) => ({ id: r.id, username: r.username, role: toRole(r.role), disabled: r.disabled === 1, lastLoginAt: r.last_login_at }));
}

/** Disabling also ends the user's sessions (they are looked up with the user's state each request). */
export async function setDisabled(db: Kysely<Database>, id: number, disabled: boolean, now: string): Promise<boolean> {
  const res = await db.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: now }).where('id', '=', id).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
