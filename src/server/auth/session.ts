// Signing in and out: a random 256-bit session id in an httpOnly SameSite cookie, its hash in the store.
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { nowIso } from '../../store/db.js';
import { createSession, deleteSession, purgeExpiredSessions } from '../../store/sessions.js';
import type { User } from '../../store/users.js';
import { touchLogin } from '../../store/users.js';
import type { AppContext } from '../context.js';
import { SESSION_COOKIE, secureCookies } from './index.js';

export const SESSION_HOURS = 12;

export async function startSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, user: User): Promise<void> {
  const now = ctx.clock();
  const id = randomBytes(32).toString('base64url');
  await purgeExpiredSessions(ctx.store.db, nowIso(() => now));
  await createSession(ctx.store.db, id, user.id, nowIso(() => now), nowIso(() => now + SESSION_HOURS * 3600_000));
  await touchLogin(ctx.store.db, user.id, nowIso(() => now));
  void reply.setCookie(SESSION_COOKIE, id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: secureCookies(req),
    maxAge: SESSION_HOURS * 3600,
  });
}

export async function endSession(ctx: AppContext, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const sid = req.cookies[SESSION_COOKIE];
  if (sid) await deleteSession(ctx.store.db, sid);
  void reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/campaign';
  return next;
}
