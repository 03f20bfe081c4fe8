// Number lookup over HTTP and in the service: registry facts with sources, approved reports, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupNumber } from '../../src/check/number-lookup.js';
import { registryFor } from '../../src/check/registry-instance.js';
import { DATA_DIR } from '../../src/paths.js';
import { recordFlag } from '../../src/store/number-flags.js';
import { addReport, decideReport } from '../../src/store/reports.js';
import { prepareReport } from '../../src/check/report-input.js';
import type { TestApp } from '../helpers/app.js';
import { testApp } from '../helpers/app.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('number lookup on $kind', ({ open }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(await open(), { seed: false });
  });
  afterAll(async () => {
    await t.app.close();
    await t.store.close();
  });

  it('names the organization of an official number with its source', async () => {
    const res = await t.app.inject({ url: `/api/numbers/${encodeURIComponent('+7 (727) 244-22-54')}` });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ normalized: { key: string; kind: string }; official: { org: { id: string }; phone: { source: string } }[]; reports: { reported: boolean } }>();
    expect(body.normalized).toMatchObject({ key: '+77272442254', kind: 'fixed' });
    expect(body.official).toHaveLength(1);
    expect(body.official[0]!.org.id).toBe('bcc');
    expect(body.official[0]!.phone.source).toMatch(/^https:\/\//);
    expect(body.reports.reported).toBe(false);
    const short = (await t.app.inject({ url: '/api/numbers/1414' })).json<{ official: { org: { id: string } }[] }>();
    expect(short.official.map((o) => o.org.id)).toEqual(['egov', 'fsms']);
  });

  it('says a number is nobody official and not reported', async () => {
    const body = (await t.app.inject({ url: '/api/numbers/87015550011' })).json<{ official: unknown[]; reports: { reported: boolean; reports: number }; watch: unknown[] }>();
    expect(body.official).toEqual([]);
    expect(body.reports).toMatchObject({ reported: false, reports: 0, times: 0, first: null, last: null });
    expect(body.watch).toEqual([]);
  });

  it('answers 400 problem+json for what is not a number', async () => {
    const res = await t.app.inject({ url: '/api/numbers/hello' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_phone' });
    expect((await t.app.inject({ url: `/api/numbers/${'9'.repeat(41)}` })).statusCode).toBe(400);
  });

  it('counts only approved reports, with their dates', async () => {
    const prepared = prepareReport({ number: '8 701 555 00 22', text: 'Ваша карта заблокирована, перезвоните', channel: 'sms' });
    if (!prepared.ok) throw new Error('not prepared');
    const first = await addReport(t.store.db, prepared.report, '2026-11-20T10:00:00.000Z');
    await addReport(t.store.db, prepared.report, '2026-11-21T10:00:00.000Z');
    const deps = { db: t.store.db, registry: registryFor(DATA_DIR) };
    expect((await lookupNumber(deps, '+77015550022'))!.reports.reported).toBe(false);
    await decideReport(t.store.db, first.report.id, 'approved', 1, '2026-11-22T00:00:00.000Z');
    const after = await lookupNumber(deps, '87015550022');
    expect(after!.reports).toEqual({ reported: true, reports: 1, times: 2, first: '2026-11-20T10:00:00.000Z', last: '2026-11-21T10:00:00.000Z' });
    expect(await lookupNumber(deps, 'nope')).toBeNull();
    await recordFlag(t.store.db, { number: '+77015550022', source: 'watch', score: 0.91, reasons: [{ code: 'primed_callers', value: 14 }], ts: '2026-11-23T08:00:00.000Z', now: '2026-11-23T08:00:01.000Z' });
    const flagged = (await t.app.inject({ url: '/api/numbers/87015550022' })).json<{ watch: { source: string; score: number; alerts: number }[]; reports: { reported: boolean } }>();
    expect(flagged.watch).toEqual([expect.objectContaining({ number: '+77015550022', source: 'watch', score: 0.91, alerts: 1 })]);
    expect(flagged.reports.reported).toBe(true);
    // the Check page gives the flag's reasons in the reader's language
    for (const [lang, label] of [['en', 'primed callers: 14'], ['kk', 'дайындалған қоңырау шалушылар: 14'], ['ru', 'подготовленных звонящих: 14']] as const) {
      const page = await t.app.inject({ url: `/check/number?n=87015550022&lang=${lang}`, headers: { accept: 'text/html' } });
      expect(page.body).toContain(label);
    }
  });
});
