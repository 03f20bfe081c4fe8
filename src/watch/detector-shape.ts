// What a detector is built from and what it reports: its ports, its statistics, and the shapes of the
// gate's sketches that a snapshot must rebuild exactly as the detector built them.
import type { WatchAlert } from './alert.js';
import type { WatchConfig } from './config.js';
import type { OfficialDirectory, ReadText } from './ports.js';
import type { Pseudonymizer } from './pseudonymize.js';
import type { BloomRingOptions } from './sketches/bloom-ring.js';

export interface DetectorDeps {
  readText: ReadText;
  directory?: OfficialDirectory;
  /** Present when subscribers are pseudonymized at ingestion (the same function the sources use). */
  pseudonymize?: Pseudonymizer;
  onAlert?: (a: WatchAlert) => void;
}

export interface DetectorStats {
  events: number;
  sms: number;
  calls: number;
  /** Events that came later than the lateness bound (applied, not reordered). */
  late: number;
  /** Events older than the window, ignored by the counters. */
  tooOld: number;
  tracked: number;
  evicted: number;
  alerts: number;
  alertedNumbers: number;
  textCacheHitRate: number;
  /** Bytes of detector state: sketches, Bloom rings, per-number records. */
  stateBytes: number;
  watermark: string | null;
  lastSeq: number;
}

/** Rows of the gate: four cells of one cache line, for the error bound stated at DESIGN_LOAD. */
export const GATE_DEPTH = 4;

/** The pairs ring covers the gate's window: the current pane and the one before. */
export function pairsOptions(c: WatchConfig): BloomRingOptions {
  return { bits: c.pairBits, hashes: c.bloomHashes, buckets: 2, bucketMs: Math.floor(c.windowMs / 2) };
}
