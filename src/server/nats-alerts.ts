// With NATS_URL set, the server listens to Watch alerts on saqbol.alerts (published by the scale-out
// workers) and records them as number flags, so the Check number lookup shows them. Recording is an
// upsert: an alert replayed after a worker restart only refreshes the flag.
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { connect } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { Store } from '../store/db.js';
import { nowIso } from '../store/db.js';
import { recordFlag } from '../store/number-flags.js';
import { ALERTS_SUBJECT } from '../watch/sources/nats-stream.js';

const AlertMessage = Type.Object({
  number: Type.String({ minLength: 1, maxLength: 64 }),
  score: Type.Number({ minimum: 0, maximum: 1 }),
  ts: Type.String({ pattern: '^\\d{4}-\\d\\d-\\d\\dT' }),
  reasons: Type.Array(Type.Object({ code: Type.String({ maxLength: 64 }), value: Type.Number() }), { maxItems: 32 }),
  firstTs: Type.Optional(Type.String()),
  partition: Type.Optional(Type.Integer({ minimum: 0 })),
});

export interface NatsAlerts {
  /** Alerts recorded so far (for logs and tests). */
  readonly recorded: () => number;
  close(): Promise<void>;
}

export async function startNatsAlerts(url: string, store: Store, logger: Logger, clock: () => number = Date.now): Promise<NatsAlerts> {
  const nc = await connect({ servers: url, name: 'saqbol-server', maxReconnectAttempts: -1 });
  const sub = nc.subscribe(ALERTS_SUBJECT);
  let recorded = 0;
  const done = (async () => {
    for await (const m of sub) {
      let v: unknown;
      try {
        v = JSON.parse(new TextDecoder().decode(m.data));
      } catch {
        logger.warn({ subject: m.subject }, 'ignored a Watch alert that is not JSON');
        continue;
      }
      if (!Value.Check(AlertMessage, v)) {
        logger.warn({ subject: m.subject }, 'ignored a malformed Watch alert');
        continue;
      }
      try {
        // codes come from the detector's catalogue; the store keeps them as given
        await recordFlag(store.db, { number: v.number, source: 'watch', score: v.score, reasons: v.reasons as Parameters<typeof recordFlag>[1]['reasons'], ts: v.ts, now: nowIso(clock) });
        recorded++;
      } catch (err) {
        logger.error({ err, number: v.number }, 'could not record a Watch alert');
      }
    }
  })();
  logger.info({ url, subject: ALERTS_SUBJECT }, 'recording Watch alerts from NATS');
  return {
    recorded: () => recorded,
    close: async () => {
      await nc.drain();
      await done;
    },
  };
}
