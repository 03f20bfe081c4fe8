// Authentication for the authority: who is signed in (request.user), role checks, CSRF for forms.
// Other areas use `requireUser(role?)` as a preHandler and `formToken(req, reply)` in their forms.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { sessionUser } from '../../store/sessions.js';
import type { Role, User } from '../../store/users.js';
import type { AppContext } from '../context.js';
import { checkCsrf, csrfToken } from './csrf.js';

export type { Role, User } from '../../store/users.js';
export { CSRF_FIELD, CSRF_HEADER } from './csrf.js';

export const SESSION_COOKIE = 'sid';

interface AuthState {
  secret: string;
  secure: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: User | undefined;
  }
  interface FastifyInstance {
    saqbolAuth: AuthState;
  }
}

function stateOf(req: FastifyRequest): AuthState {
  return req.server.saqbolAuth;
}

/** Installs the session lookup on the root app (called by the composition root before routes). */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  const s: AuthState = { secret: ctx.config.cookieSecret, secure: ctx.config.publicUrl.startsWith('https:') };
  app.decorate('saqbolAuth', s);
  app.decorateRequest('user', undefined);
  app.addHook('onRequest', async (req) => {
    const sid = req.cookies[SESSION_COOKIE];
    if (typeof sid === 'string' && /^[A-Za-z0-9_-]{43}$/.test(sid)) {
      req.user = await sessionUser(ctx.store.db, sid, nowIso(ctx.clock));
    }
  });
}

/** The CSRF token for this request's forms (and the layout's `hx-headers`). */
export function formToken(req: FastifyRequest, reply: FastifyReply): string {
  const s = stateOf(req);
  return csrfToken(req, reply, s.secret, s.secure);
}

/** A route hook (preValidation or preHandler): the request runs after the body is parsed. */
export type AuthHook = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** Rejects requests without a valid CSRF token (for forms open to everyone, such as sign-in). */
export const verifyCsrf: AuthHook = async (req) => {
  checkCsrf(req, stateOf(req).secret);
};

function wantsPage(req: FastifyRequest): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && !req.url.startsWith('/api/') && (req.headers.accept ?? '').includes('text/html');
}

/**
 * A route hook: the request must come from a signed-in user (with `role` 'admin' when asked).
 * Browsers asking for a page are sent to the login page; mutating requests must carry the CSRF token.
 * Use it as `preValidation` so a stranger learns nothing from body validation errors (`preHandler` works too).
 */
export function requireUser(role?: Role): AuthHook {
  return async (req, reply) => {
    const user = req.user;
    if (!user) {
      if (wantsPage(req)) {
        await reply.redirect(`/login?next=${encodeURIComponent(req.url)}`, 303);
        return;
      }
      throw new SaqbolError('unauthorized');
    }
    if (role === 'admin' && user.role !== 'admin') throw new SaqbolError('forbidden');
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') checkCsrf(req, stateOf(req).secret);
  };
}

/** Whether the cookie should be marked Secure (the app is served over HTTPS). */
export function secureCookies(req: FastifyRequest): boolean {
  return stateOf(req).secure;
}
