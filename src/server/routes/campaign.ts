// The authority's campaign pages: the dashboard, issuing a directive, one directive's progress,
// revoking and re-issuing an institution's link, and the progress as JSON.
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { localToUtc, utcToLocalInput } from '../../campaign/deadline.js';
import { PLATFORMS } from '../../campaign/platform.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { getAlert, listAlerts } from '../../store/alerts.js';
import { assignmentById, assignmentLink, openToken, reissueAssignment, revokeAssignment } from '../../store/assignments.js';
import { getDirective, issueDirective, listDirectives } from '../../store/directives.js';
import { listInstitutions } from '../../store/institutions.js';
import { formToken, requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { typeLabel } from '../views/campaign/common.js';
import { DashboardPage } from '../views/campaign/dashboard.js';
import { DirectiveFormPage } from '../views/campaign/directive-form.js';
import type { DirectiveFormValues } from '../views/campaign/directive-form.js';
import { DirectivePage } from '../views/campaign/directive-page.js';
import { campaignData, directiveFacts, parseId, sendPage, viewUser } from './campaign-shared.js';

const IdParams = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) });

const DirectiveBody = Type.Object({
  alertId: Type.String({ pattern: '^[0-9]{1,12}$' }),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  districts: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 })),
  types: Type.Optional(Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100 })),
  deadline: Type.String({ maxLength: 40 }),
  platforms: Type.Optional(Type.Array(Type.Union(PLATFORMS.map((p) => Type.Literal(p))), { maxItems: PLATFORMS.length })),
  instructions: Type.Optional(Type.String({ maxLength: 5000 })),
  _csrf: Type.Optional(Type.String()),
});

const ProgressSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  deadline: Type.String(),
  institutions: Type.Integer(),
  submitted: Type.Integer(),
  late: Type.Integer(),
  none: Type.Integer(),
  done: Type.Number(),
  publications: Type.Integer(),
  perPlatform: Type.Record(Type.String(), Type.Integer()),
  perLang: Type.Record(Type.String(), Type.Integer()),
  timeline: Type.Array(Type.Object({ day: Type.String(), institutions: Type.Integer(), publications: Type.Integer() })),
});

export function campaignRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const viewer = requireUser();
    const admin = requireUser('admin');

    app.get('/campaign', { schema: { hide: true, querystring: Type.Object({ issued: Type.Optional(Type.String({ maxLength: 10 })) }) }, preValidation: viewer }, async (req, reply) => {
      const alerts = await listAlerts(ctx.store.db);
      const rows = [];
      for (const d of await listDirectives(ctx.store.db)) {
        rows.push({ directive: d, alert: alerts.find((a) => a.id === d.alertId), progress: (await directiveFacts(ctx, d)).progress });
      }
      return sendPage(reply, DashboardPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), rows, nowMs: ctx.clock() }));
    });

    const formPage = async (req: Parameters<typeof viewUser>[0], reply: Parameters<typeof formToken>[1], values: DirectiveFormValues, error?: string, status = 200) => {
      const { types } = campaignData();
      const institutions = await listInstitutions(ctx.store.db);
      const districts = [...new Set(institutions.map((i) => i.district))].sort((a, b) => a.localeCompare(b, 'ru'));
      const typeCounts = new Map<string, number>();
      for (const i of institutions) typeCounts.set(i.type, (typeCounts.get(i.type) ?? 0) + 1);
      const typeList = [...typeCounts].map(([code, count]) => ({ code, count, label: typeLabel(types, req.tr, code) }));
      return sendPage(
        reply,
        DirectiveFormPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), alerts: await listAlerts(ctx.store.db), districts, types: typeList, values, error }),
        status,
      );
    };

    app.get(
      '/campaign/directives/new',
      { schema: { hide: true, querystring: Type.Object({ alert: Type.Optional(Type.String({ pattern: '^[0-9]{1,12}$' })) }) }, preValidation: admin },
      async (req, reply) => {
        const alerts = await listAlerts(ctx.store.db);
        const chosen = alerts.find((a) => String(a.id) === req.query.alert) ?? alerts[alerts.length - 1];
        const week = ctx.clock() + 7 * 86_400_000;
        const deadline = `${utcToLocalInput(new Date(week).toISOString()).slice(0, 10)}T18:00`;
        return formPage(req, reply, {
          alertId: chosen?.id,
          title: chosen ? `${chosen.content.kk.title} / ${chosen.content.ru.title}` : '',
          districts: [],
          types: [],
          deadline,
          platforms: ['site', 'instagram', 'facebook', 'telegram'],
          instructions: '',
        });
      },
    );

    app.post('/campaign/directives', { schema: { hide: true, body: DirectiveBody }, preValidation: admin }, async (req, reply) => {
      const b = req.body;
      const values: DirectiveFormValues = {
        alertId: Number(b.alertId),
        title: b.title.trim(),
        districts: b.districts ?? [],
        types: b.types ?? [],
        deadline: b.deadline,
        platforms: b.platforms ?? [],
        instructions: (b.instructions ?? '').trim(),
      };
      const alert = await getAlert(ctx.store.db, Number(b.alertId));
      if (!alert) return formPage(req, reply, values, req.tr.t('campaign:directive.noAlert'), 400);
      const deadline = localToUtc(b.deadline);
      if (!deadline) return formPage(req, reply, values, req.tr.t('campaign:directive.badDeadline'), 400);
      if (Date.parse(deadline) <= ctx.clock()) return formPage(req, reply, values, req.tr.t('campaign:directive.pastDeadline'), 400);
      let issued: { id: number; assignments: number };
      try {
        issued = await issueDirective(
          ctx.store.db,
          { alertId: alert.id, title: values.title, recipients: { districts: values.districts, types: values.types }, deadline, platforms: values.platforms, instructions: values.instructions, createdBy: req.user?.id ?? null },
          ctx.config.cookieSecret,
          nowIso(ctx.clock),
        );
      } catch (err) {
        if (err instanceof SaqbolError && err.code === 'conflict') return await formPage(req, reply, values, req.tr.t('campaign:directive.noRecipients'), 409);
        throw err;
      }
      req.log.info({ directive: issued.id, assignments: issued.assignments }, 'directive issued');
      return reply.redirect(`/campaign/directives/${issued.id}?issued=${issued.assignments}`, 303);
    });

    app.get(
      '/campaign/directives/:id',
      {
        schema: {
          hide: true,
          params: IdParams,
          querystring: Type.Object({
            status: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('none'), Type.Literal('submitted'), Type.Literal('late')])),
            district: Type.Optional(Type.String({ maxLength: 200 })),
            type: Type.Optional(Type.String({ maxLength: 100 })),
            issued: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
          }),
        },
        preValidation: viewer,
      },
      async (req, reply) => {
        const d = await getDirective(ctx.store.db, parseId(req.params.id, 'directive'));
        if (!d) throw new SaqbolError('not_found', { what: 'directive' });
        const { types } = campaignData();
        const facts = await directiveFacts(ctx, d);
        const user = viewUser(req);
        const filters = { status: req.query.status ?? '', district: req.query.district ?? '', type: req.query.type ?? '' };
        const rows = facts.assignments
          .filter((a) => (!filters.status || a.status === filters.status) && (!filters.district || a.row.district === filters.district) && (!filters.type || a.row.type === filters.type))
          .map((a) => {
            const token = user.role === 'admin' && a.row.revokedAt === null ? openToken(ctx.config.cookieSecret, a.row.tokenSealed) : undefined;
            return {
              assignmentId: a.row.id,
              institution: req.tr.lang === 'ru' ? a.row.institutionRu : a.row.institutionKk,
              district: a.row.district,
              type: a.row.type,
              typeLabel: typeLabel(types, req.tr, a.row.type),
              status: a.status,
              revoked: a.row.revokedAt !== null,
              links: a.publications.filter((p) => !p.withdrawnAt).map((p) => ({ id: p.id, url: p.url, platform: p.platform, lang: p.lang, late: p.late, verifyStatus: p.verifyStatus })),
              link: token ? assignmentLink(ctx.config.publicUrl, token) : undefined,
            };
          });
        const districts = [...new Set(facts.assignments.map((a) => a.row.district))].sort((a, b) => a.localeCompare(b, 'ru'));
        const typeCodes = [...new Set(facts.assignments.map((a) => a.row.type))];
        return sendPage(
          reply,
          DirectivePage({
            tr: req.tr,
            csrf: formToken(req, reply),
            user,
            directive: d,
            alert: await getAlert(ctx.store.db, d.alertId),
            progress: facts.progress,
            rows,
            districts,
            types: typeCodes.map((code) => ({ code, label: typeLabel(types, req.tr, code) })),
            filters,
            nowMs: ctx.clock(),
            flash: req.query.issued ? req.tr.t('campaign:directive.issued', { n: Number(req.query.issued) }) : undefined,
          }),
        );
      },
    );

    app.get(
      '/api/campaign/directives/:id/progress',
      { schema: { tags: ['campaign'], summary: "A directive's progress", params: IdParams, response: { 200: ProgressSchema } }, preValidation: viewer },
      async (req) => {
        const d = await getDirective(ctx.store.db, parseId(req.params.id, 'directive'));
        if (!d) throw new SaqbolError('not_found', { what: 'directive' });
        const { progress } = await directiveFacts(ctx, d);
        const { deadlineDay: _deadlineDay, ...rest } = progress;
        return { id: d.id, title: d.title, deadline: d.deadline, ...rest };
      },
    );

    for (const action of ['revoke', 'reissue'] as const) {
      app.post(`/campaign/assignments/:id/${action}`, { schema: { hide: true, params: IdParams }, preValidation: admin }, async (req, reply) => {
        const a = await assignmentById(ctx.store.db, parseId(req.params.id, 'assignment'));
        if (!a) throw new SaqbolError('not_found', { what: 'assignment' });
        const now = nowIso(ctx.clock);
        if (action === 'revoke') await revokeAssignment(ctx.store.db, a.id, now);
        else await reissueAssignment(ctx.store.db, a.id, ctx.config.cookieSecret, now);
        req.log.info({ assignment: a.id, action }, 'institution link changed');
        return reply.redirect(`/campaign/directives/${a.directiveId}#assignment-${a.id}`, 303);
      });
    }
  };
}
