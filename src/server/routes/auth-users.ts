// Account management for admins: list accounts, add one (admin or viewer), disable or enable one.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { createUser, findUserByName, listUsers, setDisabled } from '../../store/users.js';
import { formToken, requireUser } from '../auth/index.js';
import { hashPassword } from '../auth/password.js';
import type { AppContext } from '../context.js';
import { UsersPage } from '../views/auth/users.js';

const NewUser = Type.Object({
  username: Type.String({ maxLength: 100 }),
  role: Type.Union([Type.Literal('admin'), Type.Literal('viewer')]),
  password: Type.String({ maxLength: 1000 }),
  _csrf: Type.Optional(Type.String()),
});

export function userRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const admin = requireUser('admin');

    const page = async (req: FastifyRequest, reply: FastifyReply, opts: { error?: string; flash?: string; status?: number } = {}) => {
      const me = req.user;
      if (!me) throw new SaqbolError('unauthorized');
      const html = await UsersPage({ tr: req.tr, csrf: formToken(req, reply), me, users: await listUsers(ctx.store.db), error: opts.error, flash: opts.flash });
      return reply.status(opts.status ?? 200).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    };

    app.get('/users', { schema: { hide: true }, preValidation: admin }, async (req, reply) => page(req, reply));

    app.post('/users', { schema: { hide: true, body: NewUser }, preValidation: admin }, async (req, reply) => {
      const username = req.body.username.trim();
      const { t } = req.tr;
      if (!/^[a-zA-Z0-9._-]{3,40}$/.test(username)) return page(req, reply, { error: t('auth:users.badName'), status: 400 });
      if (req.body.password.length < 12) return page(req, reply, { error: t('auth:users.shortPassword'), status: 400 });
      if (await findUserByName(ctx.store.db, username)) return page(req, reply, { error: t('auth:users.taken'), status: 409 });
      await createUser(ctx.store.db, { username, role: req.body.role, passwordHash: await hashPassword(req.body.password) }, nowIso(ctx.clock));
      req.log.info({ username, role: req.body.role, by: req.user?.username }, 'account created');
      return page(req, reply, { flash: t('auth:users.created', { username }) });
    });

    for (const action of ['disable', 'enable'] as const) {
      app.post(`/users/:id/${action}`, { schema: { hide: true, params: Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) }) }, preValidation: admin }, async (req, reply) => {
        const id = Number(req.params.id);
        if (id === req.user?.id) throw new SaqbolError('conflict', { detail: 'you cannot disable your own account' });
        if (!(await setDisabled(ctx.store.db, id, action === 'disable', nowIso(ctx.clock)))) throw new SaqbolError('not_found', { what: 'user' });
        req.log.info({ user: id, action, by: req.user?.username }, 'account changed');
        return reply.redirect('/users', 303);
      });
    }
  };
}
