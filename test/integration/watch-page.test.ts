// The /watch page and /api/watch/flags over the real app, on SQLite and (with DATABASE_URL) PostgreSQL.
import { afterAll, describe, expect, it } from 'vitest';
import { recordFlag } from '../../src/store/number-flags.js';
import { testApp } from '../helpers/app.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('/watch on $kind', ({ open }) => {
  it('explains the detector in KK, RU and EN and lists the latest flags with their reasons, escaped', async () => {
    const store = await open();
    const { app } = await testApp(store, { seed: false });
    try {
      const empty = await app.inject({ url: '/watch?lang=en' });
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('No number has been flagged yet.');
      await recordFlag(store.db, {
        number: '+77770001122',
        source: 'watch',
        score: 0.93,
        reasons: [{ code: 'primed_callers', value: 41 }, { code: 'inbound_only', value: 1 }],
        ts: '2026-03-02T10:35:00.000Z',
        now: '2026-03-02T10:35:01.000Z',
      });
      await recordFlag(store.db, {
        number: '<script>x</script>',
        source: 'watch',
        score: 0.7,
        reasons: [{ code: 'spoofed_senders', value: 5 }],
        ts: '2026-03-02T09:00:00.000Z',
        now: '2026-03-02T10:35:01.000Z',
      });
      const en = await app.inject({ url: '/watch?lang=en' });
      expect(en.body).toContain('+77770001122');
      expect(en.body).toContain('primed callers: 41');
      expect(en.body).toContain('official number, spoofed senders');
      expect(en.body).not.toContain('<script>x</script>');
      expect(en.body).toMatch(/&(lt|#60|#x3C);script/i);
      expect(en.body.indexOf('+77770001122')).toBeLessThan(en.body.indexOf('%3Cscript'));
      const kk = await app.inject({ url: '/watch?lang=kk' });
      expect(kk.body).toContain('магнит-нөмірлер');
      expect(kk.body).toContain('дайындалған қоңырау шалушылар: 41');
      const ru = await app.inject({ url: '/watch?lang=ru' });
      expect(ru.body).toContain('номеров-магнитов');

      const api = await app.inject({ url: '/api/watch/flags?limit=1' });
      expect(api.statusCode).toBe(200);
      const json = api.json<{ total: number; flags: { number: string; reasons: { code: string }[] }[] }>();
      expect(json.total).toBe(2);
      expect(json.flags.map((f) => f.number)).toEqual(['+77770001122']);
      expect((await app.inject({ url: '/api/watch/flags?limit=0' })).statusCode).toBe(400);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
