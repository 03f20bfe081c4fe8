// What a detector is built from and what it reports: its ports and its statistics.
import type { WatchAlert } from './alert.js';
import type { OfficialDirectory, ReadText } from './ports.js';
import type { Pseudonymizer } from './pseudonymize.js';

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
  /** Event time of the earliest event applied (or 1970 for a state older than this field). */
  since: string | null;
  lastSeq: number;
}
