// POST /api/check over HTTP (inject): verdicts with explained reasons, languages, limits and validation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

interface CheckBody {
  verdict: string;
  score: number;
  lang: string;
  explainedIn: string;
  reasons: { code: string; span: [number, number]; text: string; explanation: string }[];
  numbers: { key: string; officialFor: string[] }[];
  advice: { id: string; text: string }[];
}

describe.each(storeCases())('POST /api/check on $kind', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open(), { seed: false });
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  const check = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/check', payload: payload as Record<string, unknown>, headers });

  it('flags a lure and explains each reason in the requested language', async () => {
    const text = 'Ваша карта заблокирована. Срочно перезвоните по номеру 8 747 201 33 90';
    const res = await check({ text, lang: 'kk' });
    expect(res.statusCode).toBe(200);
    const body = res.json<CheckBody>();
    expect(body.verdict).toBe('danger');
    expect(body.lang).toBe('ru');
    expect(body.explainedIn).toBe('kk');
    const callback = body.reasons.find((r) => r.code === 'callback')!;
    expect(callback.text).toBe('перезвоните');
    expect(text.slice(callback.span[0], callback.span[1])).toBe('перезвоните');
    expect(callback.explanation).toMatch(/қоңырау/);
    expect(body.numbers.map((n) => n.key)).toEqual(['+77472013390']);
    expect(body.advice[0]!.id).toBe('dont_call_back');
  });

  it("explains in the reader's language when none is asked for", async () => {
    const res = await check({ text: 'Your card is blocked. Call us back on 8 747 201 33 90' }, { 'accept-language': 'en-US' });
    const body = res.json<CheckBody>();
    expect(body.explainedIn).toBe('en');
    expect(body.reasons.find((r) => r.code === 'callback')!.explanation).toMatch(/call back/);
  });

  it('passes a legitimate one-time code', async () => {
    const res = await check({ text: 'Код для входа: 4821. Никому не сообщайте этот код.', sender: 'Kaspi.kz', lang: 'ru' });
    expect(res.json<CheckBody>().verdict).toBe('no_signs');
  });

  it('judges the sender as the number to call when the text points at it, and lists it', async () => {
    const text = 'Ваша карта заблокирована. Перезвоните на этот номер';
    const body = (await check({ text, sender: '+7 747 201 33 90', lang: 'ru' })).json<CheckBody>();
    expect(body.verdict).toBe('danger');
    expect(body.numbers.map((n) => n.key)).toEqual(['+77472013390']);
    const reason = body.reasons.find((r) => r.code === 'number.unknown')!;
    expect(text.slice(reason.span[0], reason.span[1])).toBe('на этот номер');
    expect(reason.explanation.length).toBeGreaterThan(0);
  });

  it('refuses a text over 10,000 characters with 413 problem+json', async () => {
    const res = await check({ text: 'а'.repeat(10_001) });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'text_too_long', status: 413 });
    expect((await check({ text: 'а'.repeat(10_000) })).statusCode).toBe(200);
  });

  it('validates the body at the edge', async () => {
    expect((await check({})).json()).toMatchObject({ status: 400, field: 'text' });
    expect((await check({ text: '' })).statusCode).toBe(400);
    expect((await check({ text: 'x', lang: 'de' })).json()).toMatchObject({ status: 400, field: 'lang' });
    expect((await check({ text: 'x', extra: 1 })).statusCode).toBe(400);
    expect((await check({ text: 'x', sender: 's'.repeat(65) })).statusCode).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toContain('/api/check');
  });
});
