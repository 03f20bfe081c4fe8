// The evidence pages and actions over HTTP: who may see and do what, the archived body and its hash,
// re-checks, and the screenshot upload for login walls with the authority's review.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/campaign/alert.js';
import { verifyLink } from '../../src/campaign/verify/verify.js';
import { DATA_DIR } from '../../src/paths.js';
import { insertCheckEvidence } from '../../src/store/evidence.js';
import { jobOf, storeJobs } from '../../src/store/verification.js';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import type { Session } from '../helpers/auth.js';
import { cookiesOf, csrfOf, signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';
import { startFixture } from '../fixtures/pages/server.js';
import type { Fixture } from '../fixtures/pages/server.js';
import { campaignWithLinks, fixtureVerifier } from './verify-helpers.js';

afterAll(dropTestSchemas);

const demo = JSON.parse(readFileSync(join(DATA_DIR, 'demo/alert.json'), 'utf8')) as Alert & { source_url: string };
const alert: Alert = { slug: demo.slug, content: demo.content, hotlines: demo.hotlines, sourceUrl: demo.source_url };
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

function multipart(fields: Record<string, string>, file?: { name: string; filename: string; type: string; data: Buffer }) {
  const boundary = '----saqbol-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\ncontent-type: ${file.type}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(storeCases())('evidence routes on $kind', ({ open }) => {
  let t: TestApp;
  let fx: Fixture;
  let admin: Session;
  let viewer: Session;
  let ids: number[];
  const token = 'assignment-token-for-evidence-tests';
  beforeAll(async () => {
    t = await testApp(await open());
    fx = await startFixture();
    ids = await campaignWithLinks(t.store.db, [`${fx.base}/kk`, `http://www.instagram.test:${fx.port}/instagram-post`], undefined, token);
    await storeJobs(t.store.db).sync(new Date().toISOString());
    const setup = fixtureVerifier(fx.port);
    for (const [i, url] of [`${fx.base}/kk`, `http://www.instagram.test:${fx.port}/instagram-post`].entries()) {
      const r = await verifyLink({ url, alert }, { fetch: (u) => setup.fetch(u), clock: () => Date.parse('2026-12-03T08:00:00Z') });
      await insertCheckEvidence(t.store.db, ids[i]!, r);
    }
    await setup.close();
    admin = await signIn(t.app, t.store, 'authority', 'admin');
    viewer = await signIn(t.app, t.store, 'observer', 'viewer');
  });
  afterAll(async () => {
    await fx.close();
    await t.app.close();
    await t.store.close();
  });

  it('puts the archived hash and check time of each link into the directive report', async () => {
    const pub = await t.store.db.selectFrom('publications').innerJoin('assignments', 'assignments.id', 'publications.assignment_id').select('assignments.directive_id').where('publications.id', '=', ids[0]!).executeTakeFirstOrThrow();
    const csv = await t.app.inject({ url: `/campaign/directives/${pub.directive_id}/report.csv`, headers: { cookie: viewer.cookie } });
    expect(csv.statusCode).toBe(200);
    const ev = await t.app.inject({ url: `/campaign/publications/${ids[0]}/evidence`, headers: { cookie: viewer.cookie, accept: 'text/html' } });
    const sha = /[0-9a-f]{64}/.exec(ev.body)?.[0];
    expect(sha).toBeDefined();
    expect(csv.body).toContain(sha!);
  });

  it('links the dashboard to the evidence of each link, and a login-walled link to the screenshot upload', async () => {
    const pub = await t.store.db.selectFrom('publications').innerJoin('assignments', 'assignments.id', 'publications.assignment_id').select('assignments.directive_id').where('publications.id', '=', ids[0]!).executeTakeFirstOrThrow();
    const page = await t.app.inject({ url: `/campaign/directives/${pub.directive_id}`, headers: { cookie: viewer.cookie, accept: 'text/html' } });
    expect(page.body).toContain(`/campaign/publications/${ids[0]}/evidence`);
    // as the worker leaves them after checking (the Instagram post sits behind a login wall)
    await t.store.db.updateTable('publications').set({ verify_status: 'login_wall' }).where('id', '=', ids[1]!).execute();
    await t.store.db.updateTable('publications').set({ verify_status: 'verified' }).where('id', '=', ids[0]!).execute();
    const inst = await t.app.inject({ url: `/a/${token}`, headers: { accept: 'text/html' } });
    expect(inst.body).toContain(`/a/${token}/publications/${ids[1]}/screenshot`);
    expect(inst.body).not.toContain(`/a/${token}/publications/${ids[0]}/screenshot`);
  });

  it('shows the evidence page to signed-in users only', async () => {
    const anon = await t.app.inject({ url: `/campaign/publications/${ids[0]}/evidence`, headers: { accept: 'text/html' } });
    expect(anon.statusCode).toBe(303);
    const page = await t.app.inject({ url: `/campaign/publications/${ids[0]}/evidence?lang=ru`, headers: { cookie: viewer.cookie, accept: 'text/html' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Доказательства публикации');
    expect(page.body).toContain('2026-12-03 13:00:00 (UTC+05:00)');
    expect(page.body).toMatch(/data-sha256>[0-9a-f]{64}</);
    expect(page.body).toContain('KK: домофонды ауыстыру');
    expect(page.body).not.toContain('/recheck'); // viewers cannot re-check
    const api = await t.app.inject({ url: `/api/campaign/publications/${ids[0]}/evidence`, headers: { cookie: viewer.cookie } });
    expect(api.statusCode).toBe(200);
    const json = api.json<{ checks: { status: string; sha256: string; mainLang: string }[] }>();
    expect(json.checks[0]).toMatchObject({ status: 'verified', mainLang: 'kk' });
    expect((await t.app.inject({ url: `/api/campaign/publications/${ids[0]}/evidence` })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/campaign/publications/999999/evidence', headers: { cookie: viewer.cookie } })).statusCode).toBe(404);
  });

  it('serves the archived body as a download whose SHA-256 is the one shown', async () => {
    const api = (await t.app.inject({ url: `/api/campaign/publications/${ids[0]}/evidence`, headers: { cookie: viewer.cookie } })).json<{ checks: { id: number; sha256: string }[] }>();
    const c = api.checks[0]!;
    const res = await t.app.inject({ url: `/campaign/evidence/${c.id}/body`, headers: { cookie: viewer.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(c.sha256);
  });

  it('lets the authority re-check, with CSRF, and nobody else', async () => {
    const url = `/campaign/publications/${ids[0]}/recheck`;
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie: viewer.cookie }, payload: { _csrf: viewer.csrf } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url, headers: { cookie: admin.cookie }, payload: {} })).statusCode).toBe(403);
    const ok = await t.app.inject({ method: 'POST', url, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toContain('queued=1');
    expect((await jobOf(t.store.db, ids[0]!))?.state).toBe('queued');
  });

  it('takes a screenshot for a login wall through the secret link, checks its type, and lets the authority confirm it', async () => {
    const base = `/a/${token}/publications/${ids[1]}/screenshot`;
    const form = await t.app.inject({ url: base, headers: { accept: 'text/html' } });
    expect(form.statusCode).toBe(200);
    const cookie = cookiesOf(form);
    const csrf = csrfOf(form.body);
    expect((await t.app.inject({ url: `/a/wrong-token-0000/publications/${ids[1]}/screenshot` })).statusCode).toBe(404);

    const noCsrf = multipart({}, { name: 'screenshot', filename: 'x.png', type: 'image/png', data: PNG });
    expect((await t.app.inject({ method: 'POST', url: base, headers: { ...noCsrf.headers, cookie }, payload: noCsrf.payload })).statusCode).toBe(403);

    const fake = multipart({ _csrf: csrf }, { name: 'screenshot', filename: 'shot.png', type: 'image/png', data: Buffer.from('<svg onload="alert(1)"></svg>') });
    const bad = await t.app.inject({ method: 'POST', url: base, headers: { ...fake.headers, cookie }, payload: fake.payload });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('PNG');

    const big = multipart({ _csrf: csrf }, { name: 'screenshot', filename: 'big.png', type: 'image/png', data: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]) });
    expect((await t.app.inject({ method: 'POST', url: base, headers: { ...big.headers, cookie }, payload: big.payload })).statusCode).toBe(413);

    const good = multipart({ _csrf: csrf }, { name: 'screenshot', filename: 'shot.png', type: 'image/png', data: PNG });
    const up = await t.app.inject({ method: 'POST', url: base, headers: { ...good.headers, cookie }, payload: good.payload });
    expect(up.statusCode).toBe(303);
    let pub = await t.store.db.selectFrom('publications').selectAll().where('id', '=', ids[1]!).executeTakeFirstOrThrow();
    expect(pub.verify_status).toBe('needs_review');

    const apiRes = await t.app.inject({ url: `/api/campaign/publications/${ids[1]}/evidence`, headers: { cookie: admin.cookie } });
    expect(apiRes.statusCode, apiRes.body).toBe(200);
    const api = apiRes.json<{ checks: { id: number; source: string; review: string }[] }>();
    const upload = api.checks.find((c) => c.source === 'upload')!;
    expect(upload.review).toBe('pending');
    const img = await t.app.inject({ url: `/campaign/evidence/${upload.id}/screenshot`, headers: { cookie: viewer.cookie } });
    expect(img.headers['content-type']).toBe('image/png');
    expect(img.rawPayload.equals(PNG)).toBe(true);

    const review = `/campaign/evidence/${upload.id}/review`;
    expect((await t.app.inject({ method: 'POST', url: review, headers: { cookie: viewer.cookie }, payload: { decision: 'confirm', _csrf: viewer.csrf } })).statusCode).toBe(403);
    const yes = await t.app.inject({ method: 'POST', url: review, headers: { cookie: admin.cookie }, payload: { decision: 'confirm', _csrf: admin.csrf } });
    expect(yes.statusCode).toBe(303);
    pub = await t.store.db.selectFrom('publications').selectAll().where('id', '=', ids[1]!).executeTakeFirstOrThrow();
    expect(pub.verify_status).toBe('verified');
    expect(pub.verify_reason).toBe('screenshot confirmed by the authority');
    expect((await t.app.inject({ method: 'POST', url: review, headers: { cookie: admin.cookie }, payload: { decision: 'reject', _csrf: admin.csrf } })).statusCode).toBe(409);
  });
});
