// A Watch worker on JetStream: one detector per owned partition, fed by that partition's durable
// pull consumer, acknowledging each message once its events are applied. Every few seconds each
// detector is snapshotted (sketches + last applied stream sequence) to the object store; on start a
// worker restores the snapshot and replays the stream after its sequence. Sketches are idempotent,
// so the replay of what was applied after the last snapshot counts nothing twice.
import { TextDecoder } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { JsMsg } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import type { WatchAlert } from '../alert.js';
import type { WatchConfig } from '../config.js';
import { watchConfig } from '../config.js';
import { Detector } from '../detector.js';
import type { DetectorStats } from '../detector-shape.js';
import type { OfficialDirectory, ReadText } from '../ports.js';
import { restore, snapshot } from '../snapshot.js';
import { toEvent } from './event-schema.js';
import { eventForPartition, partitionOf, partitionReader } from './nats-partition.js';
import { agreePartitionCount, ALERTS_SUBJECT, consumerOf, ensureStream, layoutKv, resetConsumer, snapshotName, snapshotStore, STREAM } from './nats-stream.js';
import type { Nats } from './nats-stream.js';

export interface WorkerOptions {
  partitions: number[];
  snapshotEveryMs: number;
  config: Partial<WatchConfig>;
  readText: ReadText;
  directory: OfficialDirectory;
  /** Messages fetched per pull. */
  fetchBatch?: number;
  onAlert?: (a: WatchAlert, partition: number) => void;
  onApplied?: (events: number) => void;
}

export interface PartitionAlert extends WatchAlert {
  partition: number;
}

interface Lane {
  p: number;
  detector: Detector;
  lastSnapshot: number;
  /** Stream sequence of the last snapshot written: an idle partition is not written again. */
  savedSeq: number;
  malformed: number;
}

/**
 * A partition sees about 1/count of the (recipient, number) pairs and of the outgoing activity, so
 * its Bloom rings are 1/count of the single-process size: the same false-positive rate, and
 * snapshots small enough to take every few seconds.
 */
export function partitionConfig(config: Partial<WatchConfig>, count: number): Partial<WatchConfig> {
  const c = watchConfig(config);
  return { ...config, primingBits: Math.max(1 << 16, Math.ceil(c.primingBits / count)), outgoingBits: Math.max(1 << 16, Math.ceil(c.outgoingBits / count)) };
}

export class NatsWatchWorker {
  private running = true;
  private readonly loops: Promise<void>[] = [];
  readonly lanes: Lane[] = [];
  events = 0;

  private constructor(
    private readonly nats: Nats,
    private readonly opts: WorkerOptions,
    readonly partitionCount: number,
  ) {}

  static async start(nats: Nats, opts: WorkerOptions): Promise<NatsWatchWorker> {
    // a worker may start before the first ingest: the stream it consumes must exist
    await ensureStream(nats.jsm);
    const count = await agreePartitionCount(await layoutKv(nats), undefined);
    for (const p of opts.partitions) if (p >= count) throw new RangeError(`partition ${p} does not exist (the stream has ${count})`);
    const w = new NatsWatchWorker(nats, opts, count);
    const store = await snapshotStore(nats);
    for (const p of opts.partitions) {
      const deps = {
        readText: partitionReader(opts.readText, p, count),
        directory: opts.directory,
        onAlert: (a: WatchAlert) => {
          w.alert(a, p);
        },
      };
      const saved = await store.getBlob(snapshotName(p));
      const detector = saved ? restore(gunzipSync(saved), deps) : new Detector(partitionConfig(opts.config, count), deps);
      await resetConsumer(nats.jsm, p, detector.lastSeq + 1);
      w.lanes.push({ p, detector, lastSnapshot: performance.now(), savedSeq: detector.lastSeq, malformed: 0 });
    }
    w.loops.push(w.run());
    return w;
  }

  private alert(a: WatchAlert, p: number): void {
    const msg: PartitionAlert = { ...a, partition: p };
    this.nats.nc.publish(ALERTS_SUBJECT, JSON.stringify(msg));
    this.opts.onAlert?.(a, p);
  }

  /**
   * One loop over all owned partitions, round robin: at most one fetch is open at a time and nothing
   * is applied while it is open — a fetch whose heartbeats starve behind another partition's work
   * would fail.
   */
  private async run(): Promise<void> {
    const store = await snapshotStore(this.nats);
    const consumers = await Promise.all(this.lanes.map((l) => this.nats.js.consumers.get(STREAM, consumerOf(l.p))));
    const decoder = new TextDecoder();
    while (this.running) {
      let idle = true;
      for (const [i, lane] of this.lanes.entries()) {
        // ask first: a fetch for more than is waiting would sit out its whole expiry
        const waiting = (await consumers[i]!.info()).num_pending;
        if (waiting === 0) {
          if (performance.now() - lane.lastSnapshot >= this.opts.snapshotEveryMs) await this.save(lane, store);
          continue;
        }
        idle = false;
        const fetched: JsMsg[] = [];
        const msgs = await consumers[i]!.fetch({ max_messages: Math.min(this.opts.fetchBatch ?? 64, waiting), expires: 5000 });
        try {
          for await (const m of msgs) fetched.push(m);
        } catch (err) {
          // a fetch that missed heartbeats (a long pause) ends early; what it delivered is kept
          if (!(err instanceof Error && /heartbeat/i.test(err.message))) throw err;
        }
        for (const m of fetched) this.applyMessage(lane, m, decoder);
        if (performance.now() - lane.lastSnapshot >= this.opts.snapshotEveryMs) await this.save(lane, store);
      }
      if (idle) await new Promise((r) => setTimeout(r, 100));
    }
    for (const lane of this.lanes) await this.save(lane, store, true);
  }

  private applyMessage(lane: Lane, m: JsMsg, decoder: TextDecoder): void {
    const body = decoder.decode(m.data);
    let applied = 0;
    for (const line of body.split('\n')) {
      if (line === '') continue;
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch {
        lane.malformed++;
        continue;
      }
      const e = toEvent(v);
      if (typeof e === 'string') {
        lane.malformed++;
        continue;
      }
      if (e.type === 'call' && partitionOf(e.to, this.partitionCount) !== lane.p) {
        // here only for the caller's outgoing history: the callee's counts live in its own partition
        const rows = lane.detector.prep.rows;
        const i = lane.detector.prep.event(e) & rows.mask;
        lane.detector.outgoing.add(rows.s1[i]!, rows.s2[i]!, rows.ts[i]!);
        if (m.seq > lane.detector.lastSeq) lane.detector.lastSeq = m.seq;
      } else lane.detector.apply(eventForPartition(e, lane.p, this.partitionCount), m.seq);
      applied++;
    }
    m.ack();
    this.events += applied;
    this.opts.onApplied?.(applied);
  }

  /** Sketches and Bloom rings are mostly zeros until traffic fills them: gzip level 1 shrinks them cheaply. */
  private async save(lane: Lane, store: ObjectStore, always = false): Promise<void> {
    lane.lastSnapshot = performance.now();
    if (!always && lane.detector.lastSeq === lane.savedSeq) return;
    const bytes = gzipSync(snapshot(lane.detector), { level: 1 });
    await store.putBlob({ name: snapshotName(lane.p) }, bytes, { timeout: 60_000 });
    lane.savedSeq = lane.detector.lastSeq;
  }

  /** Messages not yet delivered or not yet acknowledged on the owned partitions. */
  async backlog(): Promise<number> {
    let n = 0;
    for (const lane of this.lanes) {
      const info = await this.nats.jsm.consumers.info(STREAM, consumerOf(lane.p));
      n += info.num_pending + info.num_ack_pending;
    }
    return n;
  }

  stats(): { partition: number; stats: DetectorStats; malformed: number }[] {
    return this.lanes.map((l) => ({ partition: l.p, stats: l.detector.stats(), malformed: l.malformed }));
  }

  /** Stops pulling, applies what is held for reordering and writes a final snapshot per partition. */
  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Resolves when a loop fails (a lost connection, a refused snapshot) — the caller should exit. */
  failed(): Promise<never> {
    return Promise.race(this.loops).then(() => new Promise<never>(() => undefined));
  }
}
