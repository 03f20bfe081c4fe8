// The JetStream layout of Watch scale-out: one stream of events with a subject per partition
// (saqbol.ev.<p>), one durable pull consumer per partition (NATS 2.9 has no multi-filter consumers),
// a KV bucket for the layout (partition count) and an object store for per-partition snapshots.
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { Kvm } from '@nats-io/kv';
import type { KV } from '@nats-io/kv';
import { Objm } from '@nats-io/obj';
import type { ObjectStore } from '@nats-io/obj';
import { connect } from '@nats-io/transport-node';
import type { NatsConnection } from '@nats-io/transport-node';
import { SaqbolError } from '../../errors.js';

export const STREAM = 'SAQBOL_EV';
export const SUBJECT_PREFIX = 'saqbol.ev';
export const ALERTS_SUBJECT = 'saqbol.alerts';
export const LAYOUT_BUCKET = 'saqbol_watch';
export const SNAPSHOT_BUCKET = 'saqbol_watch_snapshots';
export const DEFAULT_PARTITIONS = 8;
/** A re-run of the same ingest within this window publishes nothing twice. */
export const DEDUP_WINDOW_MS = 24 * 3_600_000;

export const subjectOf = (p: number): string => `${SUBJECT_PREFIX}.${p}`;
export const consumerOf = (p: number): string => `saqbol-watch-p${p}`;
export const snapshotName = (p: number): string => `p${p}`;

export interface Nats {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
}

export async function connectNats(url: string, name: string): Promise<Nats> {
  let nc: NatsConnection;
  try {
    nc = await connect({ servers: url, name, maxReconnectAttempts: 10 });
  } catch (err) {
    throw new SaqbolError('unavailable', { detail: `NATS at ${url}: ${(err as Error).message}` }, { cause: err });
  }
  const jsm = await jetstreamManager(nc);
  return { nc, js: jetstream(nc), jsm };
}

function isNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && err.status === 404;
}

/** Creates the event stream if missing (file storage, de-duplication window for re-runs). */
export async function ensureStream(jsm: JetStreamManager): Promise<void> {
  try {
    await jsm.streams.info(STREAM);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.streams.add({ name: STREAM, subjects: [`${SUBJECT_PREFIX}.>`], duplicate_window: DEDUP_WINDOW_MS * 1_000_000 });
  }
}

export async function layoutKv(nats: Nats): Promise<KV> {
  return new Kvm(nats.js).create(LAYOUT_BUCKET, { history: 1 });
}

export async function snapshotStore(nats: Nats): Promise<ObjectStore> {
  return new Objm(nats.js).create(SNAPSHOT_BUCKET);
}

/** The partition count is fixed by the first ingest; every later ingest and worker must agree. */
export async function agreePartitionCount(kv: KV, wanted: number | undefined): Promise<number> {
  const e = await kv.get('partitions');
  const have = e?.operation === 'PUT' ? Number(e.string()) : undefined;
  if (have !== undefined && Number.isInteger(have) && have > 0) {
    if (wanted !== undefined && wanted !== have) {
      throw new SaqbolError('conflict', { detail: `the event stream has ${have} partitions, not ${wanted}` });
    }
    return have;
  }
  const count = wanted ?? DEFAULT_PARTITIONS;
  await kv.put('partitions', String(count));
  return count;
}

/**
 * (Re)creates partition p's durable pull consumer so that it delivers from stream sequence `from`
 * on: a worker restoring a snapshot replays exactly what came after it (NATS 2.9 cannot move the
 * start of an existing consumer, hence delete and add).
 */
export async function resetConsumer(jsm: JetStreamManager, p: number, from: number): Promise<void> {
  try {
    await jsm.consumers.delete(STREAM, consumerOf(p));
  } catch (err) {
    if (!isNotFound(err)) throw err;
  }
  await jsm.consumers.add(STREAM, {
    durable_name: consumerOf(p),
    filter_subject: subjectOf(p),
    ack_policy: AckPolicy.Explicit,
    ...(from > 1 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from } : { deliver_policy: DeliverPolicy.All }),
    max_ack_pending: 10_000,
    ack_wait: 60_000_000_000,
  });
}
