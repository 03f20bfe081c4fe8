// Authority accounts over HTTP: sign-in, sessions, CSRF, rate limit, roles, the first admin.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../src/server/auth/first-admin.js';
import { hashPassword, verifyPassword } from '../../src/server/auth/password.js';
import { countUsers, findUserByName } from '../../src/store/users.js';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { anonymous, cookiesOf, signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe('password hashing', () => {
  it('verifies the right password only, with scrypt parameters in the hash', async () => {
    const h = await hashPassword('s3cret пароль');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('s3cret пароль', h)).toBe(true);
    expect(await verifyPassword('s3cret парол', h)).toBe(false);
    expect(await verifyPassword('x', 'plain')).toBe(false);
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});

describe.each(storeCases())('auth on $kind', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open());
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  it('creates the first admin once, from the configured password', async () => {
    const logs: unknown[] = [];
    const logger = pino({ level: 'info' }, { write: (s: string) => logs.push(JSON.parse(s)) });
    expect(await ensureFirstAdmin(t.store, 'first-admin-pass', logger, new Date().toISOString())).toBe(true);
    expect(await ensureFirstAdmin(t.store, 'other', logger, new Date().toISOString())).toBe(false);
    expect(await countUsers(t.store.db)).toBe(1);
    const admin = await findUserByName(t.store.db, 'admin');
    expect(admin?.role).toBe('admin');
    expect(await verifyPassword('first-admin-pass', admin!.passwordHash)).toBe(true);
    expect(JSON.stringify(logs)).not.toContain('first-admin-pass');
  });

  it('signs in with a session cookie that is httpOnly and SameSite, and signs out', async () => {
    const anon = await anonymous(t.app);
    const res = await t.app.inject({
      method: 'POST',
      url: '/login',
      headers: { cookie: anon.cookie },
      payload: { username: 'admin', password: 'first-admin-pass', _csrf: anon.csrf, next: '/campaign' },
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/campaign');
    const sid = res.cookies.find((c) => c.name === 'sid');
    expect(sid?.httpOnly).toBe(true);
    expect(sid?.sameSite).toBe('Lax');
    const rows = await t.store.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.map((r) => r.id_hash)).not.toContain(sid!.value);
    const cookie = cookiesOf(res, anon.cookie);
    const out = await t.app.inject({ method: 'POST', url: '/logout', headers: { cookie }, payload: { _csrf: anon.csrf } });
    expect(out.statusCode).toBe(303);
    const again = await t.app.inject({ method: 'POST', url: '/logout', headers: { cookie }, payload: { _csrf: 'wrong' } });
    expect(again.statusCode).toBe(403);
  });

  it('refuses a wrong password, an open redirect and a form without the CSRF token', async () => {
    const anon = await anonymous(t.app);
    const bad = await t.app.inject({ method: 'POST', url: '/login', headers: { cookie: anon.cookie }, payload: { username: 'admin', password: 'nope', _csrf: anon.csrf } });
    expect(bad.statusCode).toBe(401);
    expect(bad.cookies.find((c) => c.name === 'sid')).toBeUndefined();
    const noCsrf = await t.app.inject({ method: 'POST', url: '/login', headers: { cookie: anon.cookie }, payload: { username: 'admin', password: 'first-admin-pass' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ code: 'csrf_invalid' });
    const away = await t.app.inject({
      method: 'POST',
      url: '/login',
      headers: { cookie: anon.cookie },
      payload: { username: 'admin', password: 'first-admin-pass', _csrf: anon.csrf, next: '//evil.example/' },
    });
    expect(away.headers.location).toBe('/campaign');
  });

  it('rate-limits sign-in attempts per IP and username', async () => {
    const anon = await anonymous(t.app);
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/login', headers: { cookie: anon.cookie }, payload: { username: 'victim', password: `guess${i}`, _csrf: anon.csrf } });
      codes.push(r.statusCode);
    }
    expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
    expect(codes.slice(10)).toEqual([429, 429]);
    // another username from the same address is not blocked
    const other = await t.app.inject({ method: 'POST', url: '/login', headers: { cookie: anon.cookie }, payload: { username: 'someone', password: 'x', _csrf: anon.csrf } });
    expect(other.statusCode).toBe(401);
  });

  it('gives a viewer a session too', async () => {
    const s = await signIn(t.app, t.store, 'viewer1', 'viewer');
    expect(s.cookie).toMatch(/sid=/);
  });

  it('lets an admin add accounts and switch them off; viewers cannot manage accounts', async () => {
    const admin = await signIn(t.app, t.store, 'admin2', 'admin');
    const short = await t.app.inject({ method: 'POST', url: '/users', headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf, username: 'analyst', role: 'viewer', password: 'short' } });
    expect(short.statusCode).toBe(400);
    const made = await t.app.inject({ method: 'POST', url: '/users', headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf, username: 'analyst', role: 'viewer', password: 'long enough password' } });
    expect(made.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/users', headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf, username: 'analyst', role: 'admin', password: 'long enough password' } })).statusCode).toBe(409);
    const analyst = await signIn(t.app, t.store, 'analyst', 'viewer', 'long enough password');
    expect((await t.app.inject({ url: '/campaign', headers: { cookie: analyst.cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/users', headers: { cookie: analyst.cookie } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/users', headers: { cookie: analyst.cookie }, payload: { _csrf: analyst.csrf, username: 'sneaky', role: 'admin', password: 'long enough password' } })).statusCode).toBe(403);
    const id = (await findUserByName(t.store.db, 'analyst'))!.id;
    expect((await t.app.inject({ method: 'POST', url: `/users/${id}/disable`, headers: { cookie: admin.cookie }, payload: { _csrf: admin.csrf } })).statusCode).toBe(303);
    expect((await t.app.inject({ url: '/campaign', headers: { cookie: analyst.cookie } })).statusCode).toBe(401);
    const page = await t.app.inject({ url: '/users', headers: { cookie: admin.cookie, accept: 'text/html' } });
    expect(page.body).toContain('data-user="analyst"');
  });
});
