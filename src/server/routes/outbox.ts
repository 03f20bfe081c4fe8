// The reminders pages: the outbox (or SMTP log), "check now", marking an outbox message as sent by hand,
// and the reminder rules of a directive. Viewing needs a signed-in user; changing anything needs an admin.
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { smtpMailer } from '../../campaign/reminders/mailer.js';
import { MAX_DAYS_BEFORE } from '../../campaign/reminders/plan.js';
import type { ReminderPolicy } from '../../campaign/reminders/plan.js';
import { SaqbolError } from '../../errors.js';
import { getPolicy, listReminders, markDone, setPolicy } from '../../store/reminders.js';
import { formToken, requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { OutboxPage } from '../views/outbox/page.js';
import { reminderService } from './outbox-service.js';

const Id = Type.String({ pattern: '^[0-9]{1,12}$' });
const Query = Type.Object({
  directive: Type.Optional(Type.Union([Type.Literal(''), Id])),
  ran: Type.Optional(Type.String({ pattern: '^[0-9]{1,6}$' })),
  saved: Type.Optional(Type.Literal('1')),
  done: Type.Optional(Type.Literal('1')),
});
const RulesBody = Type.Object({
  daysBefore: Type.String({ maxLength: 60, pattern: '^\\s*\\d{1,2}(\\s*,\\s*\\d{1,2}){0,9}\\s*$' }),
  cap: Type.String({ pattern: '^\\s*\\d{1,2}\\s*$' }),
  minGapHours: Type.String({ pattern: '^\\s*\\d{1,3}\\s*$' }),
  sendHour: Type.String({ pattern: '^\\s*\\d{1,2}\\s*$' }),
  enabled: Type.Optional(Type.Literal('on')),
  _csrf: Type.Optional(Type.String()),
});
const CsrfBody = Type.Object({ _csrf: Type.Optional(Type.String()) });

/** The directive filter: an empty choice means all directives. */
const pick = (directive: string | undefined): string | undefined => (directive === '' ? undefined : directive);

/** The rules form, checked beyond its shape: every number within its range. */
export function parseRules(b: { daysBefore: string; cap: string; minGapHours: string; sendHour: string; enabled?: 'on' | undefined }): ReminderPolicy {
  const daysBefore = [...new Set(b.daysBefore.split(',').map((s) => Number(s.trim())))].sort((x, y) => y - x);
  if (daysBefore.some((d) => d > MAX_DAYS_BEFORE)) throw new SaqbolError('invalid_field', { field: 'daysBefore', detail: `at most ${MAX_DAYS_BEFORE} days` });
  const cap = Number(b.cap.trim());
  if (cap < 1 || cap > 20) throw new SaqbolError('invalid_field', { field: 'cap', detail: '1 to 20' });
  const minGapHours = Number(b.minGapHours.trim());
  if (minGapHours > 240) throw new SaqbolError('invalid_field', { field: 'minGapHours', detail: '0 to 240' });
  const sendHour = Number(b.sendHour.trim());
  if (sendHour > 23) throw new SaqbolError('invalid_field', { field: 'sendHour', detail: '0 to 23' });
  return { daysBefore, cap, minGapHours, sendHour, enabled: b.enabled === 'on' };
}

export function outboxRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const viewer = requireUser();
    const admin = requireUser('admin');
    const mode = ctx.config.smtpUrl ? 'smtp' : 'outbox';
    const db = ctx.store.db;
    const back = (directive: string | undefined, extra: string): string => `/campaign/outbox?${directive ? `directive=${directive}&` : ''}${extra}`;

    const page = async (req: FastifyRequest, reply: FastifyReply, directive: string | undefined, flash?: string): Promise<FastifyReply> => {
      const user = req.user;
      if (!user) throw new SaqbolError('unauthorized');
      const directives = await db.selectFrom('directives').select(['id', 'title', 'deadline']).orderBy('id', 'desc').execute();
      const chosen = directive ? directives.find((d) => String(d.id) === directive) : undefined;
      if (directive && !chosen) throw new SaqbolError('not_found', { what: 'directive' });
      const selected = chosen ? { id: chosen.id, title: chosen.title, policy: await getPolicy(db, chosen.id) } : undefined;
      const reminders = await listReminders(db, { directiveId: chosen?.id });
      const html = await OutboxPage({ tr: req.tr, csrf: formToken(req, reply), user: { username: user.username, role: user.role }, mode, directives, selected, reminders, flash });
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    };

    app.get('/campaign/outbox', { schema: { hide: true, querystring: Query }, preValidation: viewer }, async (req, reply) => {
      const q = req.query;
      const flash = q.ran !== undefined ? req.tr.t('reminders:outbox.ran', { count: Number(q.ran) }) : q.saved ? req.tr.t('reminders:outbox.saved') : undefined;
      return page(req, reply, pick(q.directive), flash);
    });

    app.post('/campaign/outbox/run', { schema: { hide: true, querystring: Query, body: CsrfBody }, preValidation: admin }, async (req, reply) => {
      const mailer = ctx.config.smtpUrl ? smtpMailer(ctx.config.smtpUrl, ctx.config.publicUrl) : undefined;
      const svc = reminderService({ store: ctx.store, publicUrl: ctx.config.publicUrl, secret: ctx.config.cookieSecret, logger: ctx.logger, clock: ctx.clock, mailer });
      try {
        const run = await svc.tick();
        return await reply.redirect(back(pick(req.query.directive), `ran=${run.created}`), 303);
      } finally {
        await svc.stop();
      }
    });

    app.post(
      '/campaign/outbox/:id/done',
      { schema: { hide: true, params: Type.Object({ id: Id }), querystring: Query, body: CsrfBody }, preValidation: admin },
      async (req, reply) => {
        if (!(await markDone(db, Number(req.params.id), new Date(ctx.clock()).toISOString()))) throw new SaqbolError('conflict', { detail: 'this reminder is not waiting in the outbox' });
        return reply.redirect(back(pick(req.query.directive), 'done=1'), 303);
      },
    );

    app.post(
      '/campaign/outbox/rules/:id',
      { schema: { hide: true, params: Type.Object({ id: Id }), body: RulesBody }, preValidation: admin },
      async (req, reply) => {
        const id = Number(req.params.id);
        const exists = await db.selectFrom('directives').select('id').where('id', '=', id).executeTakeFirst();
        if (!exists) throw new SaqbolError('not_found', { what: 'directive' });
        await setPolicy(db, id, parseRules(req.body), new Date(ctx.clock()).toISOString());
        return reply.redirect(back(String(id), 'saved=1'), 303);
      },
    );
  };
}
