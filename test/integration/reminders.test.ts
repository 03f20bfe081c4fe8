// Reminders end to end on a real store: planned from the database, claimed once, sent or kept in the
// outbox, and never repeated across restarts or concurrent ticks (SQLite, and PostgreSQL with DATABASE_URL).
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mailer, OutgoingMail } from '../../src/campaign/reminders/mailer.js';
import { DATA_DIR } from '../../src/paths.js';
import { reminderService } from '../../src/server/routes/outbox-service.js';
import type { Store } from '../../src/store/db.js';
import { issueDirective } from '../../src/store/directives.js';
import { listReminders, setPolicy } from '../../src/store/reminders.js';
import { seedDemo } from '../../src/store/seed.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

const SECRET = 'reminder-test-secret-reminder-test-secret';
const PUBLIC = 'https://saqbol.example';
const DEADLINE = '2026-12-22T13:00:00.000Z'; // 18:00 Almaty
const logger = pino({ level: 'silent' });

function recorder(failFirst = 0): Mailer & { mails: OutgoingMail[] } {
  let failures = failFirst;
  const mails: OutgoingMail[] = [];
  return {
    mails,
    async send(m) {
      if (failures > 0) {
        failures--;
        throw new Error('451 try again later');
      }
      mails.push(m);
    },
    close: () => undefined,
  };
}

async function setup(store: Store): Promise<{ directiveId: number; assignments: number[] }> {
  await seedDemo(store, DATA_DIR, '2026-11-30T00:00:00.000Z');
  const alert = await store.db.selectFrom('alerts').select('id').executeTakeFirstOrThrow();
  const { id } = await issueDirective(
    store.db,
    { alertId: alert.id, title: 'Кері қоңырау / Обратный звонок', recipients: { districts: [], types: [] }, deadline: DEADLINE, platforms: ['site'], instructions: '', createdBy: null },
    SECRET,
    '2026-12-01T04:00:00.000Z',
  );
  const rows = await store.db.selectFrom('assignments').select('id').where('directive_id', '=', id).orderBy('id').execute();
  return { directiveId: id, assignments: rows.map((r) => r.id) };
}

afterAll(dropTestSchemas);

for (const c of storeCases()) {
  describe(`reminders on ${c.kind}`, () => {
    it('sends each rule once per institution without a verified link, across restarts and concurrent ticks', async () => {
      const store = await c.open();
      try {
        const { directiveId, assignments } = await setup(store);
        const n = assignments.length;
        expect(n).toBeGreaterThan(3);
        // the first institution already has a verified link; the second a link still pending
        const now = '2026-12-10T00:00:00.000Z';
        await store.db
          .insertInto('publications')
          .values([
            { assignment_id: assignments[0]!, url: 'https://inst01.sko-culture.example/news/1', platform: 'site', declared_lang: 'kk', submitted_at: now, late: 0, updated_at: now, verify_status: 'verified' },
            { assignment_id: assignments[1]!, url: 'https://inst02.sko-culture.example/news/1', platform: 'site', declared_lang: 'ru', submitted_at: now, late: 0, updated_at: now, verify_status: 'pending' },
          ])
          .execute();
        const clock = { now: Date.parse('2026-12-15T04:00:00.000Z') }; // 09:00 Almaty, before the 7-day rule
        const mailer = recorder();
        const svc = (): ReturnType<typeof reminderService> => reminderService({ store, publicUrl: PUBLIC, secret: SECRET, logger, clock: () => clock.now, mailer });

        const first = svc();
        expect(await first.tick()).toEqual({ created: 0, sent: 0, outbox: 0, failed: 0 });
        clock.now = Date.parse('2026-12-15T05:00:00.000Z');
        expect(await first.tick()).toEqual({ created: n - 1, sent: n - 1, outbox: 0, failed: 0 });
        expect(await first.tick()).toEqual({ created: 0, sent: 0, outbox: 0, failed: 0 });
        await first.stop();

        // a restart: a new service over the same database sends nothing again
        clock.now = Date.parse('2026-12-16T05:00:00.000Z');
        expect((await svc().tick()).created).toBe(0);

        // the 3-day rule, with two instances ticking at once
        clock.now = Date.parse('2026-12-19T05:30:00.000Z');
        const [a, b] = await Promise.all([svc().tick(), svc().tick()]);
        expect(a.created + b.created).toBe(n - 1);
        expect(mailer.mails).toHaveLength(2 * (n - 1));

        const rows = await listReminders(store.db, { directiveId });
        expect(rows).toHaveLength(2 * (n - 1));
        expect(new Set(rows.map((r) => `${r.rule}/${r.institution.ru}`)).size).toBe(rows.length);
        expect(rows.every((r) => r.status === 'sent' && r.channel === 'smtp')).toBe(true);
        // each message carries that institution's own link, Kazakh first
        const mail = mailer.mails[0]!;
        expect(mail.text.indexOf('Құрметті')).toBe(0);
        expect(mail.text.indexOf('Уважаемые')).toBeGreaterThan(0);
        const link = /https:\/\/saqbol\.example\/a\/([A-Za-z0-9_-]+)/.exec(mail.text);
        expect(link).not.toBeNull();
        const links = new Set(mailer.mails.slice(0, n - 1).map((m) => /\/a\/([A-Za-z0-9_-]+)/.exec(m.text)![1]));
        expect(links.size).toBe(n - 1);
        expect(mailer.mails.some((m) => m.to === 'inst01@sko-culture.example')).toBe(false);
        expect(mailer.mails.some((m) => m.to === 'inst02@sko-culture.example')).toBe(true);

        // a send cut off by a crash is left "interrupted", never sent again on its own
        const stuck = rows[0]!;
        await store.db.updateTable('reminders').set({ status: 'sending', updated_at: '2026-12-19T05:30:00.000Z' }).where('id', '=', stuck.id).execute();
        clock.now = Date.parse('2026-12-19T05:40:00.000Z');
        await svc().tick();
        expect((await listReminders(store.db, { directiveId })).find((r) => r.id === stuck.id)!.status).toBe('sending');
        clock.now = Date.parse('2026-12-19T05:50:00.000Z');
        const sentBefore = mailer.mails.length;
        expect((await svc().tick()).created).toBe(0);
        expect((await listReminders(store.db, { directiveId })).find((r) => r.id === stuck.id)!.status).toBe('interrupted');
        expect(mailer.mails).toHaveLength(sentBefore);

        // after the deadline nothing more goes out
        clock.now = Date.parse('2026-12-22T13:00:00.000Z');
        expect((await svc().tick()).created).toBe(0);
      } finally {
        await store.close();
      }
    });

    it('keeps reminders in the outbox without SMTP, follows the directive rules, and retries failed sends', async () => {
      const store = await c.open();
      try {
        const { directiveId, assignments } = await setup(store);
        const n = assignments.length;
        await setPolicy(store.db, directiveId, { daysBefore: [2], cap: 1, minGapHours: 1, sendHour: 9, enabled: true }, '2026-12-01T05:00:00.000Z');
        const clock = { now: Date.parse('2026-12-20T04:00:00.000Z') }; // 09:00 Almaty, 2 days before
        const outbox = reminderService({ store, publicUrl: PUBLIC, secret: SECRET, logger, clock: () => clock.now });
        expect(outbox.mode).toBe('outbox');
        expect(await outbox.tick()).toEqual({ created: n, sent: 0, outbox: n, failed: 0 });
        const rows = await listReminders(store.db, { directiveId });
        expect(rows.every((r) => r.status === 'outbox' && r.channel === 'outbox' && r.body.includes(`${PUBLIC}/a/`))).toBe(true);
        // the default rules no longer apply: nothing on the deadline day
        clock.now = Date.parse('2026-12-22T05:00:00.000Z');
        expect((await outbox.tick()).created).toBe(0);

        // SMTP that fails once: the reminder is recorded as failed, then retried on the next tick
        const other = await setup(store);
        await setPolicy(store.db, other.directiveId, { daysBefore: [0], cap: 4, minGapHours: 1, sendHour: 10, enabled: true }, '2026-12-01T05:00:00.000Z');
        const mailer = recorder(1);
        const smtp = reminderService({ store, publicUrl: PUBLIC, secret: SECRET, logger, clock: () => clock.now, mailer });
        const run = await smtp.tick();
        expect(run).toEqual({ created: n, sent: n - 1, outbox: 0, failed: 1 });
        const failed = (await listReminders(store.db, { directiveId: other.directiveId })).filter((r) => r.status === 'failed');
        expect(failed).toHaveLength(1);
        expect(failed[0]!.error).toContain('451');
        expect(await smtp.tick()).toEqual({ created: 0, sent: 0, outbox: 0, failed: 0 }); // not at once
        clock.now += 11 * 60_000;
        expect(await smtp.tick()).toEqual({ created: 0, sent: 1, outbox: 0, failed: 0 });
        expect((await listReminders(store.db, { directiveId: other.directiveId })).every((r) => r.status === 'sent' && r.attempts >= 1)).toBe(true);
        expect(mailer.mails).toHaveLength(n);
      } finally {
        await store.close();
      }
    });
  });
}
