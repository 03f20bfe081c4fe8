// CSRF protection by a signed double-submit token: a random value in an httpOnly cookie, and an HMAC
// of it in every form (hidden field `_csrf`) or htmx request (header `x-csrf-token`).
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SaqbolError } from '../../errors.js';

export const CSRF_COOKIE = 'csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const issued = new WeakMap<FastifyRequest, string>();

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

/** The token to put in this request's forms; sets the cookie when the visitor has none yet. */
export function csrfToken(req: FastifyRequest, reply: FastifyReply, secret: string, secure: boolean): string {
  const known = issued.get(req);
  if (known) return known;
  let value = req.cookies[CSRF_COOKIE];
  if (!value || !/^[A-Za-z0-9_-]{22,64}$/.test(value)) {
    value = randomBytes(18).toString('base64url');
    void reply.setCookie(CSRF_COOKIE, value, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  }
  const token = sign(secret, value);
  issued.set(req, token);
  return token;
}

function sentToken(req: FastifyRequest): string | undefined {
  const header = req.headers[CSRF_HEADER];
  if (typeof header === 'string' && header !== '') return header;
  const body = req.body as Record<string, unknown> | null | undefined;
  const field = body && typeof body === 'object' ? body[CSRF_FIELD] : undefined;
  if (typeof field === 'string') return field;
  // multipart bodies (attachFieldsToBody) carry fields as { value }
  if (field && typeof field === 'object' && typeof (field as { value?: unknown }).value === 'string') return (field as { value: string }).value;
  return undefined;
}

/** Throws csrf_invalid unless the request carries the token matching its cookie. */
export function checkCsrf(req: FastifyRequest, secret: string): void {
  const value = req.cookies[CSRF_COOKIE];
  const sent = sentToken(req);
  if (!value || !sent) throw new SaqbolError('csrf_invalid');
  const a = Buffer.from(sign(secret, value));
  const b = Buffer.from(sent);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new SaqbolError('csrf_invalid');
}
