// The moderation queue for the authority: GET /moderation (signed in) and POST /moderation/:id (admin).
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { STATUSES, countReports, decideReport, listReports } from '../../store/reports.js';
import { formToken, requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { ModerationPage, ReportRow } from '../views/check/moderation.js';

export function moderationRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.get(
      '/moderation',
      {
        preHandler: requireUser(),
        schema: { hide: true, querystring: Type.Object({ status: Type.Optional(Type.Union(STATUSES.map((s) => Type.Literal(s)))) }) },
      },
      async (req, reply) => {
        const status = req.query.status ?? 'pending';
        const [reports, counts] = await Promise.all([listReports(ctx.store.db, { status, limit: 200 }), countReports(ctx.store.db)]);
        const html = await ModerationPage({ tr: req.tr, csrf: formToken(req, reply), user: req.user!, status, counts, reports });
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );

    app.post(
      '/moderation/:id',
      {
        preHandler: requireUser('admin'),
        schema: {
          hide: true,
          params: Type.Object({ id: Type.Integer({ minimum: 1 }) }),
          body: Type.Object({ decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]), _csrf: Type.Optional(Type.String({ maxLength: 200 })) }),
        },
      },
      async (req, reply) => {
        const user = req.user!;
        const updated = await decideReport(ctx.store.db, req.params.id, req.body.decision, user.id, nowIso(ctx.clock));
        if (!updated) throw new SaqbolError('not_found', { what: `report ${req.params.id}` });
        req.log.info({ report: updated.id, decision: updated.status, by: user.username }, 'report decided');
        if (req.headers['hx-request'] === 'true') {
          const row = await ReportRow({ tr: req.tr, r: updated, csrf: formToken(req, reply), canDecide: true });
          return reply.type('text/html; charset=utf-8').send(row);
        }
        return reply.redirect('/moderation?status=pending', 303);
      },
    );
  };
}
