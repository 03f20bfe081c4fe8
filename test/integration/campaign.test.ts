// The campaign over HTTP on both stores: institutions (form, import), alerts, issuing a directive,
// the institution page behind its secret link, the dashboard, reports and who may do what.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { buildApp } from '../../src/server/app.js';
import { IMPORT_MAX_BYTES } from '../../src/server/routes/institutions.js';
import type { App } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { nowIso } from '../../src/store/db.js';
import type { Store } from '../../src/store/db.js';
import { assignmentLink, assignmentsOf, newToken, openToken, sealToken, tokenHash } from '../../src/store/assignments.js';
import { seedDemo } from '../../src/store/seed.js';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import type { Session } from '../helpers/auth.js';
import { anonymous, cookiesOf, csrfOf, signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

const HTML = { accept: 'text/html' };

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer; type: string }): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----saqbol-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.data, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function issue(app: App, s: Session, body: Record<string, string | string[]>): Promise<Awaited<ReturnType<App['inject']>>> {
  return app.inject({ method: 'POST', url: '/campaign/directives', headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded', ...HTML }, payload: new URLSearchParams(Object.entries(body).flatMap(([k, v]): [string, string][] => (Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v]]))).toString() });
}

/** Issues a directive from the demo alert to the given districts and returns its id and the institutions' tokens. */
async function issueDemo(t: TestApp, admin: Session, districts: string[], deadline = '2026-12-22T18:00'): Promise<{ id: number; tokens: string[] }> {
  const alert = await t.store.db.selectFrom('alerts').select('id').where('slug', '=', 'callback-lure-2025').executeTakeFirstOrThrow();
  const res = await issue(t.app, admin, { _csrf: admin.csrf, alertId: String(alert.id), title: 'Алаяқтар туралы ескерту / Оповещение о мошенниках', deadline, districts, platforms: ['site', 'telegram', 'instagram'], instructions: 'Разместить до срока.' });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(303);
  const id = Number(/\/campaign\/directives\/(\d+)/.exec(res.headers.location!)![1]);
  const rows = await assignmentsOf(t.store.db, id);
  return { id, tokens: rows.map((r) => openToken(t.config.cookieSecret, r.tokenSealed)!) };
}

async function institutionPage(app: App, token: string): Promise<{ cookie: string; csrf: string; body: string }> {
  const res = await app.inject({ url: `/a/${token}`, headers: HTML });
  expect(res.statusCode).toBe(200);
  return { cookie: cookiesOf(res), csrf: csrfOf(res.body), body: res.body };
}

describe.each(storeCases())('campaign on $kind', ({ open }) => {
  let t: TestApp;
  let admin: Session;
  let viewer: Session;
  beforeAll(async () => {
    t = await testApp(await open());
    admin = await signIn(t.app, t.store, 'boss', 'admin');
    // signing in purged the expired sessions, these two among them
    viewer = await signIn(t.app, t.store, 'watcher', 'viewer');
    admin = await signIn(t.app, t.store, 'boss', 'admin');
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  it('keeps strangers out of every authority page and sends browsers to sign in', async () => {
    for (const url of ['/campaign', '/campaign/institutions', '/campaign/alerts', '/campaign/directives/new', '/campaign/directives/1', '/campaign/directives/1/report.xlsx']) {
      const page = await t.app.inject({ url, headers: HTML });
      expect(page.statusCode, url).toBe(303);
      expect(page.headers.location).toBe(`/login?next=${encodeURIComponent(url)}`);
    }
    expect((await t.app.inject({ url: '/api/campaign/directives/1/progress' })).statusCode).toBe(401);
    const anon = await anonymous(t.app);
    const post = await t.app.inject({ method: 'POST', url: '/campaign/directives', headers: { cookie: anon.cookie }, payload: { _csrf: anon.csrf, alertId: '1', title: 'x', deadline: '2026-12-22T18:00' } });
    expect(post.statusCode).toBe(401);
  });

  it('lets a viewer look but not issue, edit or import', async () => {
    expect((await t.app.inject({ url: '/campaign', headers: { cookie: viewer.cookie, ...HTML } })).statusCode).toBe(200);
    const res = await issue(t.app, viewer, { _csrf: viewer.csrf, alertId: '1', title: 'x', deadline: '2026-12-22T18:00' });
    expect(res.statusCode).toBe(403);
    const form = await t.app.inject({ method: 'POST', url: '/campaign/institutions', headers: { cookie: viewer.cookie }, payload: { _csrf: viewer.csrf, name_kk: 'a', name_ru: 'b', type: 'library', district: 'c' } });
    expect(form.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/campaign/institutions/import', headers: { cookie: viewer.cookie, ...HTML } })).statusCode).toBe(403);
    expect(await assignmentsOf(t.store.db, 1)).toEqual([]);
  });

  it('refuses an admin form without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/campaign/institutions', headers: { cookie: admin.cookie }, payload: { name_kk: 'a', name_ru: 'b', type: 'library', district: 'c' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'csrf_invalid' });
  });

  it('creates and edits an institution, naming bad fields', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/campaign/institutions', headers: { cookie: admin.cookie, ...HTML }, payload: { _csrf: admin.csrf, name_kk: 'Жаңа кітапхана', name_ru: '', type: 'library', district: 'Петропавл', email: 'nope' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="name_ru-error"');
    expect(bad.body).toContain('id="email-error"');
    const ok = await t.app.inject({ method: 'POST', url: '/campaign/institutions', headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf, name_kk: 'Жаңа кітапхана', name_ru: 'Новая библиотека', type: 'library', district: 'Петропавл', socials: 'https://t.me/new_lib' } });
    expect(ok.statusCode).toBe(303);
    const row = await t.store.db.selectFrom('institutions').selectAll().where('name_ru', '=', 'Новая библиотека').executeTakeFirstOrThrow();
    expect(JSON.parse(row.socials)).toEqual({ telegram: 'https://t.me/new_lib' });
    const edit = await t.app.inject({ method: 'POST', url: `/campaign/institutions/${row.id}`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf, name_kk: 'Жаңа кітапхана', name_ru: 'Новая библиотека', type: 'library', district: 'Петропавл', website: 'new-lib.example' } });
    expect(edit.statusCode).toBe(303);
    const after = await t.store.db.selectFrom('institutions').select('website').where('id', '=', row.id).executeTakeFirstOrThrow();
    expect(after.website).toBe('https://new-lib.example/');
  });

  it('imports institutions: a bad file changes nothing and lists why; a good one applies whole', async () => {
    const count = async () => (await t.store.db.selectFrom('institutions').select('id').execute()).length;
    const before = await count();
    const badFile = readFileSync(join(PACKAGE_ROOT, 'test/fixtures/institutions-bad.csv'));
    const bad = multipart({ _csrf: admin.csrf }, { name: 'institutions-bad.csv', data: badFile, type: 'text/csv' });
    const preview = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import', headers: { cookie: admin.cookie, ...bad.headers, ...HTML }, payload: bad.payload });
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('data-row="4"');
    expect(preview.body).not.toContain('/campaign/institutions/import/apply');
    expect(await count()).toBe(before);

    const good = multipart({ _csrf: admin.csrf }, { name: 'institutions.xlsx', data: readFileSync(join(PACKAGE_ROOT, 'test/fixtures/institutions.xlsx')), type: 'application/octet-stream' });
    const ok = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import', headers: { cookie: admin.cookie, ...good.headers, ...HTML }, payload: good.payload });
    expect(ok.statusCode).toBe(200);
    const rows = /name="rows" value="([^"]+)"/.exec(ok.body)![1]!.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    // a tampered apply step is checked again and applies nothing
    const tampered = JSON.parse(rows) as string[][];
    tampered[2]![5] = 'broken-mail';
    const refused = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import/apply', headers: { cookie: admin.cookie, ...HTML }, payload: { _csrf: admin.csrf, rows: JSON.stringify(tampered) } });
    expect(refused.statusCode).toBe(400);
    expect(await count()).toBe(before);
    const applied = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import/apply', headers: { cookie: admin.cookie, ...HTML }, payload: { _csrf: admin.csrf, rows } });
    expect(applied.statusCode).toBe(200);
    expect(await count()).toBe(before + 4);
    // importing the same file again updates instead of duplicating
    const again = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import/apply', headers: { cookie: admin.cookie, ...HTML }, payload: { _csrf: admin.csrf, rows } });
    expect(again.statusCode).toBe(200);
    expect(await count()).toBe(before + 4);
  });

  it('refuses an import file over the size limit and a file that is not a table', async () => {
    const big = multipart({ _csrf: admin.csrf }, { name: 'big.csv', data: Buffer.alloc(IMPORT_MAX_BYTES + 1024, 'a'), type: 'text/csv' });
    const res = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import', headers: { cookie: admin.cookie, ...big.headers }, payload: big.payload });
    expect(res.statusCode).toBe(413);
    const junk = multipart({ _csrf: admin.csrf }, { name: 'x.xlsx', data: Buffer.from('PK not really a zip'), type: 'application/octet-stream' });
    const bad = await t.app.inject({ method: 'POST', url: '/campaign/institutions/import', headers: { cookie: admin.cookie, ...junk.headers, ...HTML }, payload: junk.payload });
    expect(bad.statusCode).toBe(400);
    const viewerUpload = multipart({ _csrf: viewer.csrf }, { name: 'institutions.xlsx', data: readFileSync(join(PACKAGE_ROOT, 'test/fixtures/institutions.xlsx')), type: 'application/octet-stream' });
    expect((await t.app.inject({ method: 'POST', url: '/campaign/institutions/import', headers: { cookie: viewer.cookie, ...viewerUpload.headers }, payload: viewerUpload.payload })).statusCode).toBe(403);
  });

  it('creates an alert from the form and refuses an incomplete one', async () => {
    const payload = {
      _csrf: admin.csrf,
      kk_title: 'Жалған курьерлер',
      kk_scheme: 'Алаяқтар курьер атынан жазады.',
      kk_pretexts: 'сәлемдеме\nжеткізу',
      kk_whatToDo: '- Қоңырау шалмаңыз\n- 102-ге хабарлаңыз',
      ru_title: 'Фальшивые курьеры',
      ru_scheme: 'Мошенники пишут от имени курьера.',
      ru_pretexts: 'посылка',
      ru_whatToDo: '1. Не перезванивайте',
      hotlines: '102 | Полиция | Полиция | Police\n1414 | eGov',
      source_url: 'https://example.org/news',
    };
    const ok = await t.app.inject({ method: 'POST', url: '/campaign/alerts', headers: { cookie: admin.cookie }, payload });
    expect(ok.statusCode).toBe(303);
    const id = Number(ok.headers.location!.split('/').pop());
    const row = await t.store.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.content)).toMatchObject({ kk: { whatToDo: ['Қоңырау шалмаңыз', '102-ге хабарлаңыз'], pretexts: ['сәлемдеме', 'жеткізу'] }, ru: { whatToDo: ['Не перезванивайте'] } });
    expect(JSON.parse(row.hotlines)).toEqual([
      { number: '102', label: { kk: 'Полиция', ru: 'Полиция', en: 'Police' } },
      { number: '1414', label: { kk: 'eGov', ru: 'eGov', en: 'eGov' } },
    ]);
    const page = await t.app.inject({ url: `/campaign/alerts/${id}`, headers: { cookie: viewer.cookie, ...HTML } });
    expect(page.body.indexOf('Жалған курьерлер')).toBeLessThan(page.body.indexOf('Фальшивые курьеры'));
    const bad = await t.app.inject({ method: 'POST', url: '/campaign/alerts', headers: { cookie: admin.cookie, ...HTML }, payload: { ...payload, ru_title: ' ', hotlines: 'call us' } });
    expect(bad.statusCode).toBe(400);
  });

  it('issues a directive: one assignment with its own secret link per matching institution', async () => {
    const { id, tokens } = await issueDemo(t, admin, ['Петропавл']);
    const inPetropavl = await t.store.db.selectFrom('institutions').select('id').where('district', '=', 'Петропавл').execute();
    expect(tokens).toHaveLength(inPetropavl.length);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const tok of tokens) expect(Buffer.from(tok, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await t.store.db.selectFrom('assignments').select(['token_hash', 'token_sealed']).where('directive_id', '=', id).execute();
    expect(stored.map((s) => s.token_hash).sort()).toEqual(tokens.map(tokenHash).sort());
    for (const s of stored) for (const tok of tokens) expect(s.token_sealed).not.toContain(tok);
    const none = await issue(t.app, admin, { _csrf: admin.csrf, alertId: '1', title: 'x', deadline: '2026-12-22T18:00', districts: ['Нет такого района'] });
    expect(none.statusCode).toBe(409);
    const past = await issue(t.app, admin, { _csrf: admin.csrf, alertId: '1', title: 'x', deadline: '2026-11-01T18:00' });
    expect(past.statusCode).toBe(400);
  });

  it('lets an institution submit, edit and withdraw links, and nothing beyond its own assignment', async () => {
    const { id, tokens } = await issueDemo(t, admin, ['Петропавл']);
    const [mine, other] = tokens as [string, string];
    const p = await institutionPage(t.app, mine);
    expect(p.body).toContain('kit-telegram-kk');
    expect(p.body.indexOf('kit-telegram-kk')).toBeLessThan(p.body.indexOf('kit-telegram-ru'));
    const sent = await t.app.inject({
      method: 'POST',
      url: `/a/${mine}/links`,
      headers: { cookie: p.cookie, ...HTML },
      payload: { _csrf: p.csrf, lang: 'kk', links: 'https://t.me/sko_culture/415\nwww.instagram.com/p/Cx1 https://www.gov.kz/memleket/entities/x/press/news/details/1\nnot a link' },
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('not');
    const rows = await assignmentsOf(t.store.db, id);
    const mineRow = rows.find((r) => openToken(t.config.cookieSecret, r.tokenSealed) === mine)!;
    const otherRow = rows.find((r) => openToken(t.config.cookieSecret, r.tokenSealed) === other)!;
    const pubs = await t.store.db.selectFrom('publications').selectAll().where('assignment_id', '=', mineRow.id).orderBy('id').execute();
    expect(pubs.map((x) => [x.platform, x.declared_lang, x.late, x.verify_status])).toEqual([
      ['telegram', 'kk', 0, 'pending'],
      ['instagram', 'kk', 0, 'pending'],
      ['govkz', 'kk', 0, 'pending'],
    ]);
    // the same link again is not counted twice
    await t.app.inject({ method: 'POST', url: `/a/${mine}/links`, headers: { cookie: p.cookie }, payload: { _csrf: p.csrf, lang: 'kk', links: 'https://t.me/sko_culture/415' } });
    expect((await t.store.db.selectFrom('publications').select('id').where('assignment_id', '=', mineRow.id).execute()).length).toBe(3);

    // another institution's token cannot touch these links
    const o = await institutionPage(t.app, other);
    expect(o.body).not.toContain('sko_culture');
    const foreignEdit = await t.app.inject({ method: 'POST', url: `/a/${other}/links/${pubs[0]!.id}`, headers: { cookie: o.cookie }, payload: { _csrf: o.csrf, url: 'https://evil.example/', lang: 'ru' } });
    expect(foreignEdit.statusCode).toBe(404);
    const foreignWithdraw = await t.app.inject({ method: 'POST', url: `/a/${other}/links/${pubs[0]!.id}/withdraw`, headers: { cookie: o.cookie }, payload: { _csrf: o.csrf } });
    expect(foreignWithdraw.statusCode).toBe(404);
    // and a token is no session: authority pages stay closed
    expect((await t.app.inject({ url: `/campaign/directives/${id}`, headers: { cookie: o.cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: `/campaign/directives/${id}/report.csv`, headers: { cookie: o.cookie } })).statusCode).toBe(401);
    expect(otherRow.id).not.toBe(mineRow.id);

    // CSRF is required on the institution's forms too
    expect((await t.app.inject({ method: 'POST', url: `/a/${mine}/links`, headers: { cookie: p.cookie }, payload: { lang: 'kk', links: 'https://t.me/x/1' } })).statusCode).toBe(403);

    const edited = await t.app.inject({ method: 'POST', url: `/a/${mine}/links/${pubs[1]!.id}`, headers: { cookie: p.cookie }, payload: { _csrf: p.csrf, url: 'https://facebook.com/sko/posts/9', lang: 'ru' } });
    expect(edited.statusCode).toBe(303);
    await t.store.db.updateTable('publications').set({ verify_status: 'verified' }).where('id', '=', pubs[2]!.id).execute();
    const withdrawn = await t.app.inject({ method: 'POST', url: `/a/${mine}/links/${pubs[2]!.id}/withdraw`, headers: { cookie: p.cookie }, payload: { _csrf: p.csrf } });
    expect(withdrawn.statusCode).toBe(303);
    const afterEdit = await t.store.db.selectFrom('publications').selectAll().where('assignment_id', '=', mineRow.id).orderBy('id').execute();
    expect(afterEdit[1]).toMatchObject({ platform: 'facebook', declared_lang: 'ru', url: 'https://facebook.com/sko/posts/9' });
    expect(afterEdit[2]!.withdrawn_at).not.toBeNull();

    // the dashboard shows this institution as submitted, and the progress API agrees
    const progress = (await t.app.inject({ url: `/api/campaign/directives/${id}/progress`, headers: { cookie: viewer.cookie } })).json<{ submitted: number; none: number; perPlatform: Record<string, number> }>();
    expect(progress).toMatchObject({ submitted: 1, none: tokens.length - 1, perPlatform: { telegram: 1, facebook: 1 } });
    const dash = await t.app.inject({ url: `/campaign/directives/${id}?status=submitted`, headers: { cookie: viewer.cookie, ...HTML } });
    expect(dash.body.match(/data-assignment="\d+" data-status="\w+"/g)).toEqual([`data-assignment="${mineRow.id}" data-status="submitted"`]);
    expect(dash.body).not.toContain(mine); // viewers do not see secret links
    const adminDash = await t.app.inject({ url: `/campaign/directives/${id}`, headers: { cookie: admin.cookie, ...HTML } });
    expect(adminDash.body).toContain(assignmentLink(t.config.publicUrl, mine));
  });

  it('takes links after the deadline and marks them late', async () => {
    const { id, tokens } = await issueDemo(t, admin, ['Есіл ауданы'], '2026-12-02T10:00');
    t.clock.now = Date.parse('2026-12-03T06:00:00Z');
    try {
      const p = await institutionPage(t.app, tokens[0]!);
      expect(p.body).toMatch(/class="countdown badge warn"/);
      await t.app.inject({ method: 'POST', url: `/a/${tokens[0]!}/links`, headers: { cookie: p.cookie }, payload: { _csrf: p.csrf, lang: 'both', links: 'https://t.me/esil/1' } });
      // two days on, the morning's session has expired: sign in again
      expect((await t.app.inject({ url: `/api/campaign/directives/${id}/progress`, headers: { cookie: viewer.cookie } })).statusCode).toBe(401);
      const later = await signIn(t.app, t.store, 'watcher', 'viewer');
      const progress = (await t.app.inject({ url: `/api/campaign/directives/${id}/progress`, headers: { cookie: later.cookie } })).json<{ late: number; submitted: number }>();
      expect(progress).toMatchObject({ late: 1, submitted: 0 });
    } finally {
      t.clock.now = Date.parse('2026-12-01T06:00:00Z');
    }
    // signing in purged the expired sessions, these two among them
    viewer = await signIn(t.app, t.store, 'watcher', 'viewer');
    admin = await signIn(t.app, t.store, 'boss', 'admin');
  });

  it('revokes and re-issues an institution link', async () => {
    const { id, tokens } = await issueDemo(t, admin, ['Мамлют ауданы']);
    const tok = tokens[0]!;
    const row = (await assignmentsOf(t.store.db, id))[0]!;
    expect((await t.app.inject({ method: 'POST', url: `/campaign/assignments/${row.id}/revoke`, headers: { cookie: viewer.cookie }, payload: { _csrf: viewer.csrf } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/campaign/assignments/${row.id}/revoke`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } })).statusCode).toBe(303);
    expect((await t.app.inject({ url: `/a/${tok}`, headers: HTML })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/campaign/assignments/${row.id}/reissue`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } })).statusCode).toBe(303);
    expect((await t.app.inject({ url: `/a/${tok}`, headers: HTML })).statusCode).toBe(404);
    const fresh = openToken(t.config.cookieSecret, (await assignmentsOf(t.store.db, id))[0]!.tokenSealed)!;
    expect(fresh).not.toBe(tok);
    expect((await t.app.inject({ url: `/a/${fresh}`, headers: HTML })).statusCode).toBe(200);
  });

  it('exports the report as XLSX with one row per publication, and as CSV and DOCX', async () => {
    const { id, tokens } = await issueDemo(t, admin, ['Аққайың ауданы']);
    const p = await institutionPage(t.app, tokens[0]!);
    await t.app.inject({ method: 'POST', url: `/a/${tokens[0]!}/links`, headers: { cookie: p.cookie }, payload: { _csrf: p.csrf, lang: 'ru', links: 'https://t.me/akk/5 https://vk.com/wall-1_2' } });
    const xlsx = await t.app.inject({ url: `/campaign/directives/${id}/report.xlsx`, headers: { cookie: viewer.cookie } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((r) => cells.push(JSON.stringify(r.values)));
    expect(cells.join('\n')).toContain('https://t.me/akk/5');
    expect(cells.join('\n')).toContain('https://vk.com/wall-1_2');
    const csv = await t.app.inject({ url: `/campaign/directives/${id}/report.csv`, headers: { cookie: viewer.cookie } });
    expect(csv.body.split('https://').length - 1).toBe(2);
    const docx = await t.app.inject({ url: `/campaign/directives/${id}/report.docx`, headers: { cookie: admin.cookie } });
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('assignment tokens', () => {
  it('are 192 random bits, sealed so only the app secret opens them, and tamper-evident', () => {
    const tok = newToken();
    expect(Buffer.from(tok, 'base64url')).toHaveLength(24);
    expect(newToken()).not.toBe(tok);
    const sealed = sealToken('secret-a', tok);
    expect(sealToken('secret-a', tok)).not.toBe(sealed);
    expect(openToken('secret-a', sealed)).toBe(tok);
    expect(openToken('secret-b', sealed)).toBeUndefined();
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(openToken('secret-a', raw.toString('base64url'))).toBeUndefined();
    expect(tokenHash(tok)).toMatch(/^[0-9a-f]{64}$/);
    expect(assignmentLink('https://saqbol.example/', tok)).toBe(`https://saqbol.example/a/${tok}`);
  });
});

describe('secret links never reach the log', () => {
  it('masks the token in request logs', async () => {
    const lines: string[] = [];
    const { storeCases: cases } = await import('../helpers/stores.js');
    const store: Store = await cases()[0]!.open();
    const config = { ...loadConfig({ SAQBOL_SECRET: 'log-secret-log-secret-log-secret' }) };
    await seedDemo(store, config.dataDir, nowIso());
    const logger = createLogger({ production: true, level: 'info', pretty: false });
    // the app's own logger configuration (masking serializers), writing to memory
    const serializers = (logger as unknown as Record<symbol, pino.LoggerOptions['serializers']>)[pino.symbols.serializersSym];
    const capture = pino({ level: 'info', serializers }, { write: (s: string) => lines.push(s) });
    const app = await buildApp({ config, store, logger: capture, clock: () => Date.parse('2026-12-01T06:00:00Z') });
    await app.ready();
    const admin = await signIn(app, store, 'logadmin', 'admin');
    const alert = await store.db.selectFrom('alerts').select('id').executeTakeFirstOrThrow();
    const res = await issue(app, admin, { _csrf: admin.csrf, alertId: String(alert.id), title: 'x', deadline: '2026-12-22T18:00', districts: ['Петропавл'] });
    expect(res.statusCode).toBe(303);
    const row = (await store.db.selectFrom('assignments').select('token_sealed').executeTakeFirstOrThrow());
    const token = openToken(config.cookieSecret, row.token_sealed)!;
    const page = await app.inject({ url: `/a/${token}`, headers: HTML });
    await app.inject({ method: 'POST', url: `/a/${token}/links`, headers: { cookie: cookiesOf(page) }, payload: { _csrf: csrfOf(page.body), lang: 'kk', links: 'https://t.me/x/1' } });
    await app.inject({ url: `/a/${token}/nope`, headers: HTML });
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).toContain('/a/***');
    await app.close();
    await store.close();
  });
});
