// The citizen /check pages and the moderation page over HTTP: verdicts in three languages with the
// signs marked, a share link without the text, number lookups, reports from the page, moderation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { cookiesOf, csrfOf, signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

const RU = 'Halyk Bank: ваша карта заблокирована. Срочно перезвоните 87075554433';
const KK = 'Құрметті клиент! Сіздің картаңыз бұғатталды. Дереу мына нөмірге қоңырау шалыңыз: 8 707 555 44 33';
const EN = 'Your parcel could not be delivered. Call us back immediately on +7 707 555 44 33 to rearrange delivery.';
const OTP = 'Your verification code is 482193. Do not share it with anyone.';

describe.each(storeCases())('check pages on $kind', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open(), { seed: false });
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  async function visit(lang: string): Promise<{ cookie: string; csrf: string; body: string }> {
    const res = await t.app.inject({ url: `/check?lang=${lang}`, headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    return { cookie: cookiesOf(res), csrf: csrfOf(res.body), body: res.body };
  }

  const check = (text: string, lang: string, cookie = '') =>
    t.app.inject({ method: 'POST', url: `/check?lang=${lang}`, headers: { accept: 'text/html', cookie }, payload: { text } });

  it('serves the page in KK, RU and EN with labelled fields', async () => {
    for (const [lang, title] of [
      ['kk', 'Хабарламаны немесе нөмірді тексеру'],
      ['ru', 'Проверить сообщение или номер'],
      ['en', 'Check a message or a number'],
    ] as const) {
      const { body } = await visit(lang);
      expect(body).toContain(`<html lang="${lang}"`);
      expect(body).toContain(title);
      for (const id of ['text', 'n', 'report-direct-number', 'report-direct-text']) expect(body).toContain(`for="${id}"`);
    }
  });

  it('marks a Russian lure as danger with the reasons highlighted, and offers the official number', async () => {
    const res = await check(RU, 'ru');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-verdict="danger"');
    expect(res.body).toContain('Опасно');
    expect(res.body).toMatch(/<mark data-codes="[^"]*callback[^"]*">перезвоните<\/mark>/);
    // overlapping reasons ("ваша карта" is the reader's own card) are merged into one mark
    expect(res.body).toMatch(/<mark data-codes="[^"]*pretext\.account_blocked[^"]*">[^<]*карта заблокирована[^<]*<\/mark>/);
    expect(res.body).toContain('data-code="number.unofficial"');
    expect(res.body).toMatch(/Официальный номер организации «Halyk Bank[^»]*»: 7111<\/span> \(<a href="https:\/\/halykbank\.kz\//);
    expect(res.body).toContain('102');
  });

  it('handles a Kazakh and an English lure, and finds no signs in a one-time code', async () => {
    const kk = await check(KK, 'kk');
    expect(kk.body).toContain('data-verdict="danger"');
    expect(kk.body).toMatch(/<mark data-codes="[^"]*callback[^"]*">/);
    const en = await check(EN, 'en');
    expect(en.body).toContain('data-verdict="danger"');
    expect(en.body).toContain('data-code="pretext.parcel"');
    const otp = await check(OTP, 'en');
    expect(otp.body).toContain('data-verdict="no_signs"');
    expect(otp.body).not.toContain('<mark data-codes="callback');
    expect(otp.body).not.toContain('report-from-result');
  });

  it('gives a share link that carries the verdict and reasons but not the message', async () => {
    const res = await check(RU, 'ru');
    const m = /id="share-url" readonly value="([^"]+)"/.exec(res.body);
    expect(m).not.toBeNull();
    const url = new URL(m![1]!);
    expect(url.pathname).toBe('/check/r');
    expect(url.search).not.toMatch(/заблок|87075554433|%D0/);
    expect(url.searchParams.get('v')).toBe('danger');
    expect(url.searchParams.get('r')).toContain('callback');
    const shared = await t.app.inject({ url: `${url.pathname}${url.search}&lang=en`, headers: { accept: 'text/html' } });
    expect(shared.statusCode).toBe(200);
    expect(shared.body).toContain('data-verdict="danger"');
    expect(shared.body).toContain('data-code="callback"');
    expect(shared.body).toContain('Halyk Bank');
    expect(shared.body).not.toContain('заблокирована');
    expect((await t.app.inject({ url: '/check/r?v=<script>' })).statusCode).toBe(400);
    const junk = await t.app.inject({ url: '/check/r?v=suspicious&r=%3Cb%3E,nope,callback&o=evil' });
    expect(junk.statusCode).toBe(200);
    expect(junk.body).not.toContain('<b>');
    expect(junk.body).toContain('data-code="callback"');
  });

  it('refuses an over-long message with a clear 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/check', headers: { accept: 'text/html' }, payload: { text: 'а'.repeat(6000) } });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('6000');
  });

  it('looks up an official number on the page with its source', async () => {
    const res = await t.app.inject({ url: '/check/number?n=7111&lang=en', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('data-org="halyk"');
    expect(res.body).toContain('href="https://halykbank.kz/en/knowledge_base/592"');
    const bad = await t.app.inject({ url: '/check/number?n=%3Cb%3Ehi&lang=en' });
    expect(bad.body).toContain('does not look like a phone number: &lt;b>hi');
    expect(bad.body).not.toContain('><b>hi');
  });

  it('takes a report from the page, shows it to moderators as text, and shows the number as reported once approved', async () => {
    const v = await visit('ru');
    const noToken = await t.app.inject({ method: 'POST', url: '/check/report', headers: { cookie: v.cookie, accept: 'text/html' }, payload: { number: '87075554433', channel: 'sms' } });
    expect(noToken.statusCode).toBe(403);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/check/report?lang=ru',
      headers: { cookie: v.cookie, accept: 'text/html' },
      payload: { number: '8 707 555 44 33', text: `${RU} <img src=x onerror=alert(1)>`, channel: 'sms', note: '<script>alert(2)</script>', _csrf: v.csrf },
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('Спасибо');
    const htmx = await t.app.inject({
      method: 'POST',
      url: '/check/report?lang=ru',
      headers: { cookie: v.cookie, 'hx-request': 'true' },
      payload: { number: '8 707 555 44 33', text: `${RU} <img src=x onerror=alert(1)>`, channel: 'sms', _csrf: v.csrf },
    });
    expect(htmx.body).toContain('report-thanks');
    expect(htmx.body).not.toContain('<html');
    const empty = await t.app.inject({ method: 'POST', url: '/check/report?lang=en', headers: { cookie: v.cookie, 'hx-request': 'true' }, payload: { channel: 'sms', _csrf: v.csrf } });
    expect(empty.body).toContain('Give the number or the message text');

    expect((await t.app.inject({ url: '/moderation', headers: { accept: 'text/html' } })).statusCode).toBe(303);
    const admin = await signIn(t.app, t.store, 'moderator', 'admin');
    const queue = await t.app.inject({ url: '/moderation?lang=en', headers: { cookie: admin.cookie, accept: 'text/html' } });
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('&lt;img src=x onerror=alert(1)>');
    expect(queue.body).toContain('&lt;script>alert(2)&lt;/script>');
    expect(queue.body).not.toContain('<img src=x');
    expect(queue.body).not.toContain('<script>alert(2)');
    const id = /id="report-(\d+)"/.exec(queue.body)?.[1];
    expect(id).toBeDefined();
    const csrf = csrfOf(queue.body);
    const decided = await t.app.inject({ method: 'POST', url: `/moderation/${id}`, headers: { cookie: admin.cookie, 'hx-request': 'true' }, payload: { decision: 'approved', _csrf: csrf } });
    expect(decided.statusCode).toBe(200);
    expect(decided.body).toContain('data-status="approved"');

    const lookup = await t.app.inject({ url: '/check/number?n=87075554433&lang=en', headers: { accept: 'text/html' } });
    expect(lookup.body).toContain('is-reported');
    expect(lookup.body).toContain('Reported as a scam by citizens: 1 report(s) (2 times in all)');
    const api = (await t.app.inject({ url: '/api/numbers/%2B77075554433' })).json<{ reports: { reported: boolean } }>();
    expect(api.reports.reported).toBe(true);
    const again = await check(RU, 'en');
    expect(again.body).toMatch(/\+7 707 555 44 33<\/a> *<span class="badge danger">reported<\/span>/);
  });

  it('lets a viewer see the queue but not decide', async () => {
    const viewer = await signIn(t.app, t.store, 'watcher', 'viewer');
    const queue = await t.app.inject({ url: '/moderation?status=approved&lang=en', headers: { cookie: viewer.cookie, accept: 'text/html' } });
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Only an administrator can decide');
    expect(queue.body).not.toContain('class="approve"');
    const id = /id="report-(\d+)"/.exec(queue.body)?.[1] ?? '1';
    const res = await t.app.inject({ method: 'POST', url: `/moderation/${id}`, headers: { cookie: viewer.cookie }, payload: { decision: 'rejected', _csrf: viewer.csrf } });
    expect(res.statusCode).toBe(403);
  });
});
