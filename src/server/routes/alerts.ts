// Alerts: list, view, and the form an admin writes a new alert with (KK and RU, hotlines, source link).
import type { FastifyPluginAsync } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AlertText, Hotline } from '../../campaign/alert.js';
import { parseLink } from '../../campaign/platform.js';
import { SaqbolError } from '../../errors.js';
import { nowIso } from '../../store/db.js';
import { createAlert, getAlert, listAlerts } from '../../store/alerts.js';
import { formToken, requireUser } from '../auth/index.js';
import type { AppContext } from '../context.js';
import { AlertFormPage, AlertPage, AlertsPage } from '../views/campaign/alerts.js';
import { parseId, sendPage, viewUser } from './campaign-shared.js';

const Text = (max: number) => Type.String({ maxLength: max });
const AlertBody = Type.Object({
  kk_title: Text(300),
  kk_scheme: Text(3000),
  kk_pretexts: Type.Optional(Text(2000)),
  kk_whatToDo: Text(3000),
  ru_title: Text(300),
  ru_scheme: Text(3000),
  ru_pretexts: Type.Optional(Text(2000)),
  ru_whatToDo: Text(3000),
  hotlines: Type.Optional(Text(2000)),
  source_url: Type.Optional(Text(2000)),
  _csrf: Type.Optional(Type.String()),
});

const lines = (s: string | undefined): string[] =>
  (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-•*]|\d+[.)])\s*/, '').trim())
    .filter(Boolean);

/** "102 | Полиция | Полиция | Police" → a hotline; the KK label is used where a label is missing. */
export function parseHotlines(text: string | undefined): { hotlines: Hotline[]; bad: string[] } {
  const hotlines: Hotline[] = [];
  const bad: string[] = [];
  for (const line of lines(text)) {
    const [number, kk, ru, en] = line.split('|').map((x) => (x.trim() === '' ? undefined : x.trim()));
    if (!number || !/^\+?[0-9][0-9 ()-]{1,20}$/.test(number) || !kk) {
      bad.push(line);
      continue;
    }
    hotlines.push({ number, label: { kk, ru: ru ?? kk, en: en ?? ru ?? kk } });
  }
  return { hotlines, bad };
}

export function alertRoutes(ctx: AppContext): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    const viewer = requireUser();
    const admin = requireUser('admin');

    app.get('/campaign/alerts', { schema: { hide: true }, preValidation: viewer }, async (req, reply) =>
      sendPage(reply, AlertsPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), alerts: await listAlerts(ctx.store.db) })),
    );

    app.get('/campaign/alerts/new', { schema: { hide: true }, preValidation: admin }, async (req, reply) =>
      sendPage(reply, AlertFormPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), values: { hotlines: '102 | Полиция | Полиция | Police' }, errors: [] })),
    );

    app.get('/campaign/alerts/:id', { schema: { hide: true, params: Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) }) }, preValidation: viewer }, async (req, reply) => {
      const alert = await getAlert(ctx.store.db, parseId(req.params.id, 'alert'));
      if (!alert) throw new SaqbolError('not_found', { what: 'alert' });
      return sendPage(reply, AlertPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), alert }));
    });

    app.post('/campaign/alerts', { schema: { hide: true, body: AlertBody }, preValidation: admin }, async (req, reply) => {
      const b = req.body;
      const { t } = req.tr;
      const errors: string[] = [];
      const text = (lang: 'kk' | 'ru'): AlertText => {
        const title = b[`${lang}_title`].trim();
        const scheme = b[`${lang}_scheme`].trim();
        const whatToDo = lines(b[`${lang}_whatToDo`]);
        if (!title || !scheme || whatToDo.length === 0) errors.push(t('campaign:alert.incomplete', { lang: t(`campaign:lang.${lang}`) }));
        return { title, scheme, pretexts: lines(b[`${lang}_pretexts`]), whatToDo };
      };
      const content = { kk: text('kk'), ru: text('ru') };
      const { hotlines, bad } = parseHotlines(b.hotlines);
      for (const line of bad) errors.push(t('campaign:alert.badHotline', { line }));
      let sourceUrl: string | null = null;
      if (b.source_url?.trim()) {
        const u = parseLink(b.source_url);
        if (u) sourceUrl = u.href;
        else errors.push(t('campaign:problem.url'));
      }
      if (errors.length > 0) {
        const { _csrf: _ignored, ...values } = b;
        return sendPage(reply, AlertFormPage({ tr: req.tr, csrf: formToken(req, reply), user: viewUser(req), values, errors }), 400);
      }
      const id = await createAlert(ctx.store.db, { content, hotlines, sourceUrl }, nowIso(ctx.clock));
      return reply.redirect(`/campaign/alerts/${id}`, 303);
    });
  };
}
