// Sign-in and sign-out for authority accounts. Sign-in is rate-limited per IP and username.
import type { FastifyPluginAsync } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SaqbolError } from '../../errors.js';
import { findUserByName } from '../../store/users.js';
import { formToken, verifyCsrf } from '../auth/index.js';
import { verifyPassword } from '../auth/password.js';
import { endSession, safeNext, startSession } from '../auth/session.js';
import type { AppContext } from '../context.js';
import { LoginPage } from '../views/auth/login.js';

const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 1000 }),
  next: Type.Optional(Type.String({ maxLength: 2000 })),
  _csrf: Type.Optional(Type.String({ maxLength: 200 })),
});

/** Attempts allowed per IP and username within the window. */
export const LOGIN_LIMIT = { max: 10, timeWindow: 15 * 60_000 };

// A fixed hash to spend the same time on unknown usernames as on wrong passwords.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

function loginName(body: unknown): string {
  const name = (body as { username?: unknown } | null | undefined)?.username;
  return typeof name === 'string' ? name.trim().toLowerCase() : '';
}

export function authRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    await fastify.register(rateLimit, {
      global: false,
      hook: 'preHandler',
      errorResponseBuilder: (_req, c) => new SaqbolError('rate_limited', { after: `${Math.ceil(c.ttl / 1000)} s` }),
    });
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.get('/login', { schema: { hide: true, querystring: Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) }) } }, async (req, reply) => {
      if (req.user) return reply.redirect(safeNext(req.query.next), 303);
      const html = await LoginPage({ tr: req.tr, csrf: formToken(req, reply), next: safeNext(req.query.next) });
      return reply.type('text/html; charset=utf-8').send(html);
    });

    app.post(
      '/login',
      {
        schema: { hide: true, body: LoginBody },
        preValidation: verifyCsrf,
        config: {
          rateLimit: {
            ...LOGIN_LIMIT,
            keyGenerator: (req) => `${req.ip}|${loginName(req.body)}`,
          },
        },
      },
      async (req, reply) => {
        const username = req.body.username.trim();
        const user = await findUserByName(ctx.store.db, username);
        const ok = await verifyPassword(req.body.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok || user.disabled) {
          req.log.info({ username }, 'sign-in refused');
          const html = await LoginPage({
            tr: req.tr,
            csrf: formToken(req, reply),
            next: safeNext(req.body.next),
            username,
            error: req.tr.t('auth:login.failed'),
          });
          return reply.status(401).type('text/html; charset=utf-8').send(html);
        }
        await startSession(ctx, req, reply, { id: user.id, username: user.username, role: user.role });
        req.log.info({ username, role: user.role }, 'signed in');
        return reply.redirect(safeNext(req.body.next), 303);
      },
    );

    app.post('/logout', { schema: { hide: true }, preValidation: verifyCsrf }, async (req, reply) => {
      await endSession(ctx, req, reply);
      return reply.redirect('/', 303);
    });
  };
}
