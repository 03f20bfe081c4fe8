// Scam reports over HTTP: stored once and counted, rate-limited per client, size-limited with a clear 413,
// moderated by the authority, and then shown as "reported" in the number lookup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { signIn } from '../helpers/auth.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('reports on $kind', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open(), { seed: false });
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  const post = (payload: unknown, ip = '203.0.113.1') => t.app.inject({ method: 'POST', url: '/api/reports', payload: payload as object, remoteAddress: ip });

  it('stores a report once and counts repeats of the same number and message', async () => {
    const a = await post({ number: '+7 701 555 12 34', text: 'Ваша карта  заблокирована. Перезвоните!', channel: 'sms' }, '203.0.113.10');
    expect(a.statusCode).toBe(201);
    const first = a.json<{ id: number; duplicate: boolean; count: number; status: string }>();
    expect(first).toMatchObject({ duplicate: false, count: 1, status: 'pending' });
    const b = await post({ number: '87015551234', text: 'ваша карта заблокирована. перезвоните!', channel: 'call' }, '203.0.113.10');
    expect(b.json()).toMatchObject({ id: first.id, duplicate: true, count: 2 });
    const other = await post({ number: '87015551234', text: 'другой текст', channel: 'sms' }, '203.0.113.10');
    expect(other.json<{ id: number }>().id).not.toBe(first.id);
  });

  it('refuses an empty report and a bad number', async () => {
    const empty = await post({ channel: 'sms', note: 'x' }, '203.0.113.11');
    expect(empty.statusCode).toBe(400);
    const bad = await post({ number: 'abc', channel: 'sms' }, '203.0.113.11');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_phone' });
    const channel = await post({ number: '87015551234', channel: 'pigeon' }, '203.0.113.11');
    expect(channel.statusCode).toBe(400);
    expect(channel.json()).toMatchObject({ code: 'invalid_field', field: 'channel' });
  });

  it('answers the 11th report in a minute from one client with 429', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await post({ number: `8701555${String(1000 + i)}`, channel: 'call' }, '198.51.100.7')).statusCode);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(codes[10]).toBe(429);
    const res = await post({ number: '87015559999', channel: 'call' }, '198.51.100.7');
    expect(res.json()).toMatchObject({ code: 'rate_limited' });
    expect(res.headers['retry-after']).toBeDefined();
    // another client is not affected
    expect((await post({ number: '87015559999', channel: 'call' }, '198.51.100.8')).statusCode).toBe(201);
  });

  it('refuses a 1 MB note with a clear 413', async () => {
    const res = await post({ number: '87015551234', channel: 'sms', note: 'x'.repeat(1024 * 1024) }, '203.0.113.12');
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'payload_too_large' });
    expect(res.json<{ detail: string }>().detail).toContain('64 KiB');
  });

  it('lets only the signed-in authority see the queue, and only an admin decide', async () => {
    expect((await t.app.inject({ url: '/api/reports' })).statusCode).toBe(401);
    const created = (await post({ number: '+7 777 000 11 22', text: '<script>alert(1)</script> позвоните', channel: 'messenger' }, '203.0.113.13')).json<{ id: number }>();
    const viewer = await signIn(t.app, t.store, 'viewer1', 'viewer');
    const queue = await t.app.inject({ url: '/api/reports?status=pending', headers: { cookie: viewer.cookie } });
    expect(queue.statusCode).toBe(200);
    const item = queue.json<{ reports: { id: number; text: string }[] }>().reports.find((r) => r.id === created.id);
    expect(item?.text).toBe('<script>alert(1)</script> позвоните');
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${created.id}/decision`,
      headers: { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf },
      payload: { decision: 'approved' },
    });
    expect(refused.statusCode).toBe(403);

    const admin = await signIn(t.app, t.store, 'admin1', 'admin');
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/reports/${created.id}/decision`, headers: { cookie: admin.cookie }, payload: { decision: 'approved' } });
    expect(noCsrf.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${created.id}/decision`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { decision: 'approved' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: created.id, status: 'approved' });
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/reports/999999/decision',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
      payload: { decision: 'rejected' },
    });
    expect(missing.statusCode).toBe(404);

    const lookup = (await t.app.inject({ url: '/api/numbers/87770001122' })).json<{ reports: { reported: boolean; reports: number; first: string } }>();
    expect(lookup.reports).toMatchObject({ reported: true, reports: 1 });
    expect(lookup.reports.first).toBe(new Date(t.clock.now).toISOString());
  });
});
