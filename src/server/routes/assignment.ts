// The institution's side, behind its secret link /a/<token> (the logger masks the token): the
// directive, the press kit (page, DOCX, posters) and submitting, editing and withdrawing links.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { isLate, timeLeft } from '../../campaign/deadline.js';
import { hostOf, parseLink, recognizePlatform } from '../../campaign/platform.js';
import { buildPressKit, posterHtml, pressKitDocx } from '../../campaign/presskit/index.js';
import type { PressKit } from '../../campaign/presskit/index.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { getAlert } from '../../store/alerts.js';
import type { StoredAlert } from '../../store/alerts.js';
import type { AssignmentRow } from '../../store/assignments.js';
import { assignmentByToken } from '../../store/assignments.js';
import type { Directive } from '../../store/directives.js';
import { getDirective } from '../../store/directives.js';
import { addPublications, editPublication, publicationsOf, withdrawPublication } from '../../store/publications.js';
import type { NewPublication } from '../../store/publications.js';
import { formToken, verifyCsrf } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { AssignmentPage } from '../views/campaign/assignment.js';
import { campaignData, parseId, sendPage } from './campaign-shared.js';

export const MAX_LINKS_AT_ONCE = 50;

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const LinkParams = Type.Object({ token: Type.String({ maxLength: 100 }), id: Type.String({ pattern: '^[0-9]{1,12}$' }) });
const Lang = Type.Union([Type.Literal('kk'), Type.Literal('ru'), Type.Literal('both')]);

interface Opened {
  row: AssignmentRow;
  directive: Directive;
  alert: StoredAlert;
}

function siteHosts(row: AssignmentRow): string[] {
  const hosts = [hostOf(row.website)].filter((h): h is string => h !== undefined);
  return hosts;
}

export function assignmentRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    // A revoked or unknown token answers exactly like a missing page.
    const open = async (token: string): Promise<Opened> => {
      const row = await assignmentByToken(ctx.store.db, token);
      const directive = row ? await getDirective(ctx.store.db, row.directiveId) : undefined;
      const alert = directive ? await getAlert(ctx.store.db, directive.alertId) : undefined;
      if (!row || !directive || !alert) throw new SaqbolError('not_found', { what: 'assignment' });
      return { row, directive, alert };
    };

    const kitOf = (o: Opened): PressKit =>
      buildPressKit(o.alert, { checkUrl: `${ctx.config.publicUrl}/check`, institutionName: { kk: o.row.institutionKk, ru: o.row.institutionRu } });

    const page = async (req: FastifyRequest, reply: FastifyReply, token: string, o: Opened, flash?: string, problems?: string[], status = 200) =>
      sendPage(
        reply.header('x-robots-tag', 'noindex'),
        AssignmentPage({
          tr: req.tr,
          csrf: formToken(req, reply),
          view: {
            token,
            title: o.directive.title,
            institution: { kk: o.row.institutionKk, ru: o.row.institutionRu },
            deadline: o.directive.deadline,
            left: timeLeft(ctx.clock(), o.directive.deadline),
            instructions: o.directive.instructions,
            platforms: o.directive.platforms,
            alert: o.alert.content,
            kit: kitOf(o),
            publications: await publicationsOf(ctx.store.db, [o.row.id]),
          },
          flash,
          problems,
        }),
        status,
      );

    app.get('/a/:token', { schema: { hide: true, params: TokenParams } }, async (req, reply) => page(req, reply, req.params.token, await open(req.params.token)));

    app.get('/a/:token/kit.docx', { schema: { hide: true, params: TokenParams } }, async (req, reply) => {
      const o = await open(req.params.token);
      const buf = await pressKitDocx(kitOf(o));
      return reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', 'attachment; filename="saqbol-press-kit.docx"')
        .header('cache-control', 'no-store')
        .send(buf);
    });

    app.get('/a/:token/poster/:lang', { schema: { hide: true, params: Type.Object({ token: Type.String({ maxLength: 100 }), lang: Type.Union([Type.Literal('kk'), Type.Literal('ru')]) }) } }, async (req, reply) => {
      const o = await open(req.params.token);
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(posterHtml(kitOf(o), req.params.lang));
    });

    const classify = (o: Opened, raw: string, lang: string): NewPublication | undefined => {
      const url = parseLink(raw);
      if (!url) return undefined;
      return { url: url.href, platform: recognizePlatform(url, { siteHosts: siteHosts(o.row), newsHosts: campaignData().newsHosts }), lang };
    };

    app.post(
      '/a/:token/links',
      { schema: { hide: true, params: TokenParams, body: Type.Object({ links: Type.String({ maxLength: 20_000 }), lang: Lang, _csrf: Type.Optional(Type.String()) }) }, preValidation: verifyCsrf },
      async (req, reply) => {
        const o = await open(req.params.token);
        const pieces = req.body.links.split(/[\s,;]+/).filter(Boolean);
        const { t } = req.tr;
        const problems: string[] = [];
        const items: NewPublication[] = [];
        for (const piece of pieces.slice(0, MAX_LINKS_AT_ONCE)) {
          const item = classify(o, piece, req.body.lang);
          if (item) items.push(item);
          else problems.push(t('campaign:assignment.badLink', { link: piece.slice(0, 200) }));
        }
        if (pieces.length > MAX_LINKS_AT_ONCE) problems.push(t('campaign:assignment.tooMany', { n: MAX_LINKS_AT_ONCE }));
        const now = nowIso(ctx.clock);
        const late = isLate(now, o.directive.deadline);
        const added = items.length > 0 ? await addPublications(ctx.store.db, o.row.id, items, late, now) : 0;
        if (added > 0) req.log.info({ assignment: o.row.id, added, late }, 'publication links submitted');
        const flash = added > 0 ? t(late ? 'campaign:assignment.addedLate' : 'campaign:assignment.added', { n: added }) : undefined;
        return page(req, reply, req.params.token, o, flash, problems, added === 0 && problems.length > 0 ? 400 : 200);
      },
    );

    app.post(
      '/a/:token/links/:id',
      { schema: { hide: true, params: LinkParams, body: Type.Object({ url: Type.String({ maxLength: 2000 }), lang: Lang, _csrf: Type.Optional(Type.String()) }) }, preValidation: verifyCsrf },
      async (req, reply) => {
        const o = await open(req.params.token);
        const item = classify(o, req.body.url, req.body.lang);
        if (!item) return page(req, reply, req.params.token, o, undefined, [req.tr.t('campaign:assignment.badLink', { link: req.body.url.slice(0, 200) })], 400);
        const ok = await editPublication(ctx.store.db, o.row.id, parseId(req.params.id, 'publication'), item, nowIso(ctx.clock));
        if (!ok) throw new SaqbolError('not_found', { what: 'publication' });
        return reply.redirect(`/a/${req.params.token}#submit`, 303);
      },
    );

    app.post(
      '/a/:token/links/:id/withdraw',
      { schema: { hide: true, params: LinkParams, body: Type.Object({ _csrf: Type.Optional(Type.String()) }) }, preValidation: verifyCsrf },
      async (req, reply) => {
        const o = await open(req.params.token);
        const ok = await withdrawPublication(ctx.store.db, o.row.id, parseId(req.params.id, 'publication'), nowIso(ctx.clock));
        if (!ok) throw new SaqbolError('not_found', { what: 'publication' });
        return reply.redirect(`/a/${req.params.token}#submit`, 303);
      },
    );
  };
}
