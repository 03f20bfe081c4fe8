// Snapshot and restore of a detector's whole state as versioned bytes: a JSON header (settings,
// counters, per-number records, the last applied sequence) followed by the binary sketches it
// points to (HyperLogLog registers, Bloom rings). A restored detector continues exactly where the
// snapshot was taken; replaying events after it counts nothing twice.
import type { WatchConfig } from './config.js';
import type { DetectorDeps } from './detector-shape.js';
import { Detector } from './detector.js';
import { NumberState } from './number-state.js';
import type { NumberStateData } from './number-state.js';
import { BloomRing } from './sketches/bloom-ring.js';
import { CallerGate } from './sketches/caller-gate.js';
import type { DistinctState } from './sketches/windowed-distinct.js';
import { WindowedDistinct } from './sketches/windowed-distinct.js';

const MAGIC = 0x57425153; // "SQBW" little-endian
export const SNAPSHOT_VERSION = 3;

type BlobRef = number;

interface StoredCounter {
  pane: number;
  cur: number[] | null;
  prev: number[] | null;
  curHll: BlobRef | null;
  prevHll: BlobRef | null;
}

// JSON has no NaN or Infinity: those are stored as null.
type StoredNumber = Omit<NumberStateData, 'counters' | 'lureCur' | 'lurePrev' | 'alertedTs'> & {
  lureCur: number | null;
  lurePrev: number | null;
  alertedTs: number | null;
  h1: number;
  h2: number;
  x1: number;
  x2: number;
  counters: StoredCounter[];
};

interface Header {
  version: number;
  config: WatchConfig;
  lastSeq: number;
  /** Detector.since; null when nothing was applied. Absent from snapshots older than it: taken as watched since long ago (0). */
  since?: number | null;
  counts: Detector['counts'];
  priming: { data: BlobRef; epochs: number[] };
  outgoing: { data: BlobRef; epochs: number[] };
  gate: { data: BlobRef; pane: number };
  numbers: StoredNumber[];
}

export function snapshot(d: Detector): Uint8Array {
  d.flush();
  const blobs: Uint8Array[] = [];
  const blob = (b: ArrayBufferView): BlobRef => blobs.push(new Uint8Array(b.buffer, b.byteOffset, b.byteLength)) - 1;
  const counter = (c: DistinctState): StoredCounter => ({
    pane: c.pane,
    cur: c.cur,
    prev: c.prev,
    curHll: c.curHll ? blob(c.curHll) : null,
    prevHll: c.prevHll ? blob(c.prevHll) : null,
  });
  const header: Header = {
    version: SNAPSHOT_VERSION,
    config: d.config,
    lastSeq: d.lastSeq,
    since: finiteOrNull(d.since),
    counts: d.counts,
    priming: { data: blob(d.priming.data), epochs: Array.from(d.priming.epochs) },
    outgoing: { data: blob(d.outgoing.data), epochs: Array.from(d.outgoing.epochs) },
    gate: { data: blob(d.gate.data), pane: d.gate.pane },
    numbers: [...d.numbers.values()].map((st) => {
      const data = st.data();
      const stored: StoredNumber = { ...data, lureCur: nanToNull(data.lureCur), lurePrev: nanToNull(data.lurePrev), alertedTs: finiteOrNull(data.alertedTs), h1: st.h1, h2: st.h2, x1: st.x1, x2: st.x2, counters: data.counters.map(counter) };
      return stored;
    }),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const sizes = blobs.map((b) => b.byteLength);
  const total = 12 + json.length + 4 + 4 * sizes.length + sizes.reduce((a, b) => a + b, 0);
  const out = Buffer.alloc(total);
  let o = 0;
  out.writeUInt32LE(MAGIC, o);
  out.writeUInt32LE(SNAPSHOT_VERSION, (o += 4));
  out.writeUInt32LE(json.length, (o += 4));
  json.copy(out, (o += 4));
  out.writeUInt32LE(blobs.length, (o += json.length));
  o += 4;
  for (const s of sizes) {
    out.writeUInt32LE(s, o);
    o += 4;
  }
  for (const b of blobs) {
    out.set(b, o);
    o += b.byteLength;
  }
  return out;
}

function nanToNull(v: number): number | null {
  return Number.isNaN(v) ? null : v;
}
function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

export class SnapshotError extends Error {}

/** Restores a detector from snapshot bytes; the dependencies (text reader, directory, alert sink) are given anew. */
export function restore(bytes: Uint8Array, deps: DetectorDeps): Detector {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.readUInt32LE(0) !== MAGIC) throw new SnapshotError('not a Watch snapshot');
  const version = buf.readUInt32LE(4);
  if (version !== SNAPSHOT_VERSION) throw new SnapshotError(`unsupported Watch snapshot version ${version}`);
  const jsonLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + jsonLen)) as Header;
  let o = 12 + jsonLen;
  const n = buf.readUInt32LE(o);
  o += 4;
  const sizes: number[] = [];
  for (let i = 0; i < n; i++, o += 4) sizes.push(buf.readUInt32LE(o));
  const blobs: Buffer[] = [];
  for (const s of sizes) {
    blobs.push(Buffer.from(buf.subarray(o, o + s)));
    o += s;
  }
  const c = header.config;
  const d = new Detector(c, deps);
  const ring = (r: { data: BlobRef; epochs: number[] }, bits: number, buckets: number, span: number): BloomRing => {
    const b = blobs[r.data]!;
    return new BloomRing(
      { bits, hashes: c.bloomHashes, buckets: buckets + 1, bucketMs: Math.ceil(span / buckets) },
      new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4),
      Float64Array.from(r.epochs),
    );
  };
  d.priming = ring(header.priming, c.primingBits, c.primingBuckets, c.primingMs);
  d.outgoing = ring(header.outgoing, c.outgoingBits, c.outgoingBuckets, c.outgoingMs);
  const gate = blobs[header.gate.data]!;
  if (gate.byteLength !== d.gate.byteLength) throw new SnapshotError('the gate does not match its settings');
  // the gate reads its bytes as words too: a blob not on a word boundary is copied to one
  d.gate = new CallerGate(c.gateWidth, c.bloomHashes, gate.byteOffset % 4 === 0 ? gate : new Uint8Array(gate));
  d.gate.pane = header.gate.pane;
  d.lastSeq = header.lastSeq;
  d.since = header.since === undefined ? 0 : header.since ?? Number.POSITIVE_INFINITY;
  Object.assign(d.counts, header.counts);
  for (const s of header.numbers) {
    // a counter never inserted into (pane -1) stays unmade
    const counters = s.counters.map((k) =>
      k.pane === -1 ? null : WindowedDistinct.fromState(
        { pane: k.pane, cur: k.cur, prev: k.prev, curHll: k.curHll === null ? null : blobs[k.curHll]!, prevHll: k.prevHll === null ? null : blobs[k.prevHll]! },
        c.hllPrecision,
        c.sparseMax,
      ),
    );
    const st = new NumberState(s.key, s.h1, s.h2, s.x1, s.x2, s.org ?? undefined, s.firstTs, c, counters);
    st.restoreExtras({
      ...s,
      lureCur: s.lureCur ?? Number.NaN,
      lurePrev: s.lurePrev ?? Number.NaN,
      alertedTs: s.alertedTs ?? Number.NEGATIVE_INFINITY,
      counters: [],
    });
    d.numbers.add(st);
  }
  return d;
}
