// The reminders page over HTTP: who may see and change what, "check now" filling the outbox, rules, done.
import { afterAll, describe, expect, it } from 'vitest';
import { issueDirective } from '../../src/store/directives.js';
import { getPolicy, listReminders } from '../../src/store/reminders.js';
import { testApp } from '../helpers/app.js';
import { signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

for (const c of storeCases()) {
  describe(`outbox page on ${c.kind}`, () => {
    it('lets a viewer read the outbox and an admin fill it, set rules and mark messages done', async () => {
      const store = await c.open();
      const { app, config } = await testApp(store); // clock: 2026-12-01T06:00Z = 11:00 Almaty
      try {
        const alert = await store.db.selectFrom('alerts').select('id').executeTakeFirstOrThrow();
        // deadline 4 Dec 18:00 Almaty: the 3-day rule fired at 10:00 Almaty on 1 Dec
        const { id } = await issueDirective(
          store.db,
          { alertId: alert.id, title: 'Обратный звонок <b>', recipients: { districts: [], types: [] }, deadline: '2026-12-04T13:00:00.000Z', platforms: ['site'], instructions: '', createdBy: null },
          config.cookieSecret,
          '2026-11-25T04:00:00.000Z',
        );
        const count = (await store.db.selectFrom('assignments').select('id').where('directive_id', '=', id).execute()).length;

        const anon = await app.inject({ url: '/campaign/outbox', headers: { accept: 'text/html' } });
        expect(anon.statusCode).toBe(303);
        expect(anon.headers.location).toContain('/login');

        const viewer = await signIn(app, store, 'viewer1', 'viewer');
        const page = await app.inject({ url: '/campaign/outbox?lang=ru', headers: { cookie: viewer.cookie, accept: 'text/html' } });
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('Напоминаний пока нет.');
        expect(page.body).toContain('data-mode="outbox"');
        expect(page.body).not.toContain('Обратный звонок <b>');
        const denied = await app.inject({ method: 'POST', url: '/campaign/outbox/run', headers: { cookie: viewer.cookie }, payload: { _csrf: viewer.csrf } });
        expect(denied.statusCode).toBe(403);

        const admin = await signIn(app, store, 'admin1', 'admin');
        const noCsrf = await app.inject({ method: 'POST', url: '/campaign/outbox/run', headers: { cookie: admin.cookie }, payload: {} });
        expect(noCsrf.statusCode).toBe(403);
        const run = await app.inject({ method: 'POST', url: `/campaign/outbox/run?directive=${id}`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } });
        expect(run.statusCode).toBe(303);
        expect(run.headers.location).toBe(`/campaign/outbox?directive=${id}&ran=${count}`);
        const again = await app.inject({ method: 'POST', url: '/campaign/outbox/run', headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } });
        expect(again.headers.location).toBe('/campaign/outbox?ran=0');

        const filled = await app.inject({ url: `/campaign/outbox?directive=${id}&ran=${count}&lang=kk`, headers: { cookie: admin.cookie, accept: 'text/html' } });
        expect(filled.statusCode).toBe(200);
        expect(filled.body).toContain(`Тексерілді: жаңа еске салулар — ${count}.`);
        expect((filled.body.match(/data-status="outbox"/g) ?? []).length).toBe(count);
        expect(filled.body).toContain('мерзімге 3 күн қалғанда');
        expect(filled.body).toContain(`${config.publicUrl}/a/`);
        expect(filled.body).toContain('Еске салу ережелері');
        // the links are secrets: a viewer sees the messages with the links cut
        const seen = await app.inject({ url: `/campaign/outbox?directive=${id}`, headers: { cookie: viewer.cookie, accept: 'text/html' } });
        expect((seen.body.match(/data-status="outbox"/g) ?? []).length).toBe(count);
        expect(seen.body).not.toMatch(/\/a\/[A-Za-z0-9_-]{8,}/);
        expect(seen.body).toContain(`${config.publicUrl}/a/…`);
        expect(seen.body).not.toContain('Еске салу ережелері');

        const rules = await app.inject({
          method: 'POST',
          url: `/campaign/outbox/rules/${id}`,
          headers: { cookie: admin.cookie },
          payload: { daysBefore: '5, 2,0', cap: '2', minGapHours: '6', sendHour: '9', enabled: 'on', _csrf: admin.csrf },
        });
        expect(rules.statusCode).toBe(303);
        expect(await getPolicy(store.db, id)).toEqual({ daysBefore: [5, 2, 0], cap: 2, minGapHours: 6, sendHour: 9, enabled: true });
        const badRules = await app.inject({
          method: 'POST',
          url: `/campaign/outbox/rules/${id}`,
          headers: { cookie: admin.cookie },
          payload: { daysBefore: '99', cap: '2', minGapHours: '6', sendHour: '9', _csrf: admin.csrf },
        });
        expect(badRules.statusCode).toBe(400);

        const first = (await listReminders(store.db, { directiveId: id }))[0]!;
        const done = await app.inject({ method: 'POST', url: `/campaign/outbox/${first.id}/done`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } });
        expect(done.statusCode).toBe(303);
        expect((await listReminders(store.db, { directiveId: id })).find((r) => r.id === first.id)!.status).toBe('done');
        const twice = await app.inject({ method: 'POST', url: `/campaign/outbox/${first.id}/done`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } });
        expect(twice.statusCode).toBe(409);
      } finally {
        await app.close();
        await store.close();
      }
    });
  });
}
