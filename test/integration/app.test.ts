// The web app's foundation over HTTP (inject): pages, health, OpenAPI, errors as problem+json.
import { Type } from '@sinclair/typebox';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { buildApp } from '../../src/server/app.js';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('app on $kind', ({ kind, open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open());
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  it('serves the home page in the chosen language and remembers it', async () => {
    const ru = await t.app.inject({ url: '/?lang=ru', headers: { accept: 'text/html' } });
    expect(ru.statusCode).toBe(200);
    expect(ru.headers['content-type']).toMatch(/text\/html/);
    expect(ru.body).toContain('Не перезванивайте мошенникам');
    expect(ru.body).toContain('<html lang="ru"');
    const cookie = ru.cookies.find((c) => c.name === 'lang');
    expect(cookie?.value).toBe('ru');
    const kk = await t.app.inject({ url: '/', headers: { cookie: 'lang=kk' } });
    expect(kk.body).toContain('Алаяқтарға қайта қоңырау шалмаңыз');
    const en = await t.app.inject({ url: '/', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.body).toContain('Check — for citizens');
  });

  it('reports health with the database kind and migration', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ status: string; db: { kind: string; migration: string } }>();
    expect(body.status).toBe('ok');
    expect(body.db.kind).toBe(kind);
    expect(body.db.migration).toMatch(/^\d{4}-/);
  });

  it('serves an OpenAPI document built from the route schemas', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('answers unknown API routes with problem+json 404 and pages with HTML', async () => {
    const api = await t.app.inject({ url: '/api/nope' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(api.json()).toMatchObject({ status: 404, code: 'not_found' });
    const page = await t.app.inject({ url: '/nope', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
  });

  it('serves htmx and the stylesheet', async () => {
    expect((await t.app.inject({ url: '/static/vendor/htmx.min.js' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/static/app.css' })).statusCode).toBe(200);
  });

  it('answers a bad JSON body on every JSON route with 400 problem+json, never 500', async () => {
    const routes: { method: string; url: string }[] = [];
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, unknown>> }>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        if (['post', 'put', 'patch'].includes(method)) routes.push({ method: method.toUpperCase(), url: path.replace(/\{[^}]+\}/g, '1') });
      }
    }
    for (const r of routes) {
      // Scalars are coerced (HTML forms post strings), so the wrong-type probe is an object.
      for (const payload of ['{"text": ', 'null', '[]', '"x"', '{"text": {"x": 1}}']) {
        const res = await t.app.inject({ method: r.method as 'POST', url: r.url, payload, headers: { 'content-type': 'application/json' } });
        expect(res.statusCode, `${r.method} ${r.url} ${payload}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${r.method} ${r.url} ${payload}`).toBeLessThan(500);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
    }
  });
});

describe('edge validation', () => {
  it('names the bad field in a 400 problem+json', async () => {
    const store = await storeCases()[0]!.open();
    const a = await buildApp({ config: { ...loadConfig({}), cookieSecret: 'x'.repeat(32) }, store, logger: pino({ level: 'silent' }), clock: Date.now });
    // A probe route with a schema, registered before the app is ready, to test the edge validation itself.
    a.post('/api/probe', { schema: { body: Type.Object({ text: Type.String({ maxLength: 5 }), n: Type.Optional(Type.Integer()) }) } }, () => ({ ok: true }));
    await a.ready();
    const bad = await a.inject({ method: 'POST', url: '/api/probe', payload: { text: 'x', n: 'many' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_field', field: 'n' });
    const missing = await a.inject({ method: 'POST', url: '/api/probe', payload: {} });
    expect(missing.json()).toMatchObject({ field: 'text' });
    const broken = await a.inject({ method: 'POST', url: '/api/probe', payload: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'invalid_json' });
    const ok = await a.inject({ method: 'POST', url: '/api/probe', payload: { text: 'abc' } });
    expect(ok.statusCode).toBe(200);
    await a.close();
    await store.close();
  });
});
