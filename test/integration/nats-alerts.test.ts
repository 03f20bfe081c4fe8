// The server's side of scale-out: alerts published on saqbol.alerts become number flags in the store
// (SQLite, and PostgreSQL when DATABASE_URL is set); malformed messages are ignored. Needs NATS_URL.
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { startNatsAlerts } from '../../src/server/nats-alerts.js';
import { flagsFor } from '../../src/store/number-flags.js';
import { ALERTS_SUBJECT } from '../../src/watch/sources/nats-stream.js';
import { dropTestSchemas, storeCases } from '../helpers/stores.js';

const url = process.env.NATS_URL;
afterAll(dropTestSchemas);

describe.skipIf(!url)('Watch alerts from NATS into number flags (skipped: set NATS_URL, as CI does, to run it)', () => {
  describe.each(storeCases())('on $kind', ({ open }) => {
    it('records published alerts, refreshes a repeated one and ignores malformed messages', async () => {
      const store = await open();
      const alerts = await startNatsAlerts(url!, store, pino({ level: 'silent' }), () => Date.parse('2026-03-03T00:00:00Z'));
      const nc = await connect({ servers: url! });
      const number = `+7707${String(Date.now() % 10_000_000).padStart(7, '0')}`;
      const alert = { number, score: 0.91, ts: '2026-03-02T10:00:00.000Z', reasons: [{ code: 'primed_callers', value: 12 }], firstTs: '2026-03-02T09:00:00.000Z', partition: 3 };
      nc.publish(ALERTS_SUBJECT, 'not json');
      nc.publish(ALERTS_SUBJECT, JSON.stringify({ number, score: 7 }));
      nc.publish(ALERTS_SUBJECT, JSON.stringify(alert));
      nc.publish(ALERTS_SUBJECT, JSON.stringify({ ...alert, ts: '2026-03-02T12:00:00.000Z', score: 0.95 }));
      await nc.flush();
      const end = Date.now() + 20_000;
      // other workers may publish on the subject meanwhile: wait for this number's flag only
      let flags = await flagsFor(store.db, number);
      while ((flags[0]?.alerts ?? 0) < 2 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 50));
        flags = await flagsFor(store.db, number);
      }
      expect(alerts.recorded()).toBeGreaterThanOrEqual(2);
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ source: 'watch', score: 0.95, alerts: 2, firstTs: '2026-03-02T10:00:00.000Z', lastTs: '2026-03-02T12:00:00.000Z' });
      expect(flags[0]!.reasons).toEqual([{ code: 'primed_callers', value: 12 }]);
      await nc.close();
      await alerts.close();
      await store.close();
    }, 60_000);
  });
});
