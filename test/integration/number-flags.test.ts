// number_flags on SQLite and (with DATABASE_URL) PostgreSQL: upsert, lookup, latest.
import { afterAll, describe, expect, it } from 'vitest';
import { countFlags, flagsFor, latestFlags, recordFlag } from '../../src/store/number-flags.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

afterAll(dropTestSchemas);

describe.each(storeCases())('number flags on $kind', ({ open }) => {
  it('inserts a flag, then widens it on the next alert of the same number and source', async () => {
    const store = await open();
    try {
      const base = { number: '+77770001122', source: 'watch', now: '2026-11-26T05:00:00.000Z' };
      await recordFlag(store.db, { ...base, score: 0.7, reasons: [{ code: 'primed_callers', value: 12 }], ts: '2026-11-20T10:00:00.000Z' });
      await recordFlag(store.db, { ...base, score: 0.9, reasons: [{ code: 'primed_callers', value: 40 }, { code: 'lure_score', value: 0.95 }], ts: '2026-11-20T16:00:00.000Z', now: '2026-11-26T05:01:00.000Z' });
      // an alert replayed out of order does not shrink the span
      await recordFlag(store.db, { ...base, score: 0.8, reasons: [{ code: 'primed_callers', value: 20 }], ts: '2026-11-20T12:00:00.000Z' });
      const flags = await flagsFor(store.db, '+77770001122');
      expect(flags).toHaveLength(1);
      const f = flags[0]!;
      expect(f).toMatchObject({ number: '+77770001122', source: 'watch', score: 0.8, alerts: 3, firstTs: '2026-11-20T10:00:00.000Z', lastTs: '2026-11-20T16:00:00.000Z' });
      expect(f.reasons).toEqual([{ code: 'primed_callers', value: 20 }]);
      expect(await flagsFor(store.db, '+77010000000')).toEqual([]);
      await recordFlag(store.db, { ...base, source: 'nats', score: 0.5, reasons: [], ts: '2026-11-20T10:00:00.000Z' });
      expect((await flagsFor(store.db, '+77770001122')).map((x) => x.source)).toEqual(['watch', 'nats']);
      expect(await countFlags(store.db)).toBe(2);
    } finally {
      await store.close();
    }
  });

  it('lists the latest flags by event time', async () => {
    const store = await open();
    try {
      for (let i = 0; i < 5; i++) {
        await recordFlag(store.db, { number: `+7777000000${i}`, source: 'watch', score: 0.6 + i / 100, reasons: [], ts: `2026-11-2${i}T00:00:00.000Z`, now: '2026-11-26T05:00:00.000Z' });
      }
      const latest = await latestFlags(store.db, 3);
      expect(latest.map((f) => f.number)).toEqual(['+77770000004', '+77770000003', '+77770000002']);
    } finally {
      await store.close();
    }
  });
});
