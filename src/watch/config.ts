// The detector's settings: windows, sketch sizes, memory bounds and the scoring weights, with defaults
// sized for an operator of about 10M subscribers (see the state-size report of `saqbol watch`).
import { GATE_SATURATION } from './sketches/caller-gate.js';

export interface ScoreWeights {
  /** Several phone-number senders mentioning the same number: SIM-box rotation. */
  numericSenders: number;
  /** Lure score of the mentioning texts (0..1), when texts are kept. */
  lure: number;
  /** The number never called or texted anyone itself. */
  inboundOnly: number;
  /** Primed callers, saturating. */
  primed: number;
  /** Share of callers who were primed. */
  primedShare: number;
  /** Distinct recipients of mentioning messages, saturating. */
  fanout: number;
}

/** Factors (0..1) applied to the score of a number that shows a trait of legitimate traffic. */
export interface ScoreDamping {
  /** Every mention came from alphanumeric sender ids, none from a phone number. */
  senderIdsOnly: number;
  /** One phone number sent every mention, and it had calls or SMS of its own before. */
  oneKnownSender: number;
  /** One phone number sent every mention, with no history of its own. */
  oneFreshSender: number;
  /** The number had historyCallers distinct callers before any message named it. */
  calledBefore: number;
}

export interface WatchConfig {
  /** Sliding window: counts cover between windowMs/2 and windowMs of event time (two panes). */
  windowMs: number;
  /** A caller is primed when they received a message mentioning the callee this long before calling. */
  primingMs: number;
  primingBuckets: number;
  /** Bits per priming bucket (sized for the mentioning messages of one bucket). */
  primingBits: number;
  /** How long "has made a call or sent an SMS" is remembered, and in how many buckets. */
  outgoingMs: number;
  outgoingBuckets: number;
  outgoingBits: number;
  bloomHashes: number;
  /** Events may arrive this much out of event-time order and are still applied in order. */
  latenessMs: number;
  /** HyperLogLog precision (2^p one-byte registers; error ≈ 1.04/√2^p). */
  hllPrecision: number;
  /** Distinct items kept exactly before a counter turns into a HyperLogLog. */
  sparseMax: number;
  /** Tracked numbers at most; the coldest are evicted past it. */
  maxNumbers: number;
  /** Distinct texts whose mentioned numbers and lure score are cached. */
  textCache: number;
  /** An alert fires when the score reaches this. */
  threshold: number;
  /** No alert before this many primed callers (a magnet needs callbacks). */
  minPrimed: number;
  /** A number still above the threshold is alerted again after this long. */
  realertMs: number;
  /** Saturation points of the counting features. */
  saturation: { numericSenders: number; primed: number; fanout: number };
  weights: ScoreWeights;
  damping: ScoreDamping;
  /** Distinct callers before a number was first named that make it an established line. */
  historyCallers: number;
  /** An official number is alerted for spoofing at this many senders that are not its organization's. */
  spoofSenders: number;
  /** A number no message mentions is tracked once this many distinct callers have called it… */
  gateCallers: number;
  /** …and alerted (when it never calls out) at this many: lures by e-mail or messenger leave no SMS. */
  minUnprimedCallers: number;
  /**
   * Traffic watched before a number nobody names first appears, for it to count as new: a day, so
   * that lines quiet overnight (shops, clinics, call centres) have been seen the day before.
   */
  noveltyMs: number;
  /**
   * The gate's width (count cells per row, four rows): it takes 16 bytes a unit of width, half of them
   * the (caller, number) pair bits beside the cells (16 bits per pane a unit of width).
   */
  gateWidth: number;
}

const HOUR = 3_600_000;

/**
 * The traffic the default sketch sizes are for: 10M subscribers with the simulator's traffic per
 * subscriber (≈4.6 calls and ≈0.6 number-mentioning SMS a day), bursts at 3× the mean. At this load
 * (tested in sizing.test.ts) a blocked Bloom query over its whole window answers falsely at most:
 * outgoing 1 % (a number then loses "inbound only"), priming 0.5 % (a caller counted as primed).
 * The gate (64 MiB: 32 of count cells, 32 of pair bits beside them) takes a new caller of a number
 * it holds for one already seen at most 2.5 % of the time (the caller then is not counted), and gives
 * at most 6 % of the numbers it has not seen three or more phantom callers at that load, and 1 % at
 * half of it: past that, more width is the remedy (each doubling divides the rate by about five, for
 * twice the memory).
 */
export const DESIGN_LOAD = {
  subscribers: 10_000_000,
  /** Distinct subscribers who call or text within one outgoing bucket: all of them. */
  outgoingPerBucket: 10_000_000,
  /** (caller, number) pairs of one pane: 46M calls a day in four panes. */
  pairsPerPane: 11_500_000,
  /** (recipient, number) pairs of one priming bucket (≈51 min) in a burst. */
  primingPerBucket: 750_000,
};

export const DEFAULT_CONFIG: WatchConfig = {
  windowMs: 12 * HOUR,
  primingMs: 6 * HOUR,
  primingBuckets: 7,
  primingBits: 1 << 24,
  outgoingMs: 3 * 24 * HOUR,
  outgoingBuckets: 1,
  outgoingBits: 1 << 27,
  bloomHashes: 5,
  latenessMs: 30_000,
  hllPrecision: 12,
  sparseMax: 64,
  maxNumbers: 500_000,
  textCache: 200_000,
  threshold: 0.55,
  minPrimed: 6,
  realertMs: 6 * HOUR,
  saturation: { numericSenders: 4, primed: 30, fanout: 300 },
  weights: { numericSenders: 0.35, lure: 0.3, inboundOnly: 0.15, primed: 0.1, primedShare: 0.05, fanout: 0.05 },
  damping: { senderIdsOnly: 0.5, oneKnownSender: 0.5, oneFreshSender: 0.7, calledBefore: 0.6 },
  historyCallers: 3,
  spoofSenders: 3,
  gateCallers: 6,
  minUnprimedCallers: 22,
  noveltyMs: 24 * HOUR,
  gateWidth: 1 << 23,
};

export function watchConfig(over: Partial<WatchConfig> = {}): WatchConfig {
  const c = { ...DEFAULT_CONFIG, ...over };
  c.weights = { ...DEFAULT_CONFIG.weights, ...over.weights };
  c.saturation = { ...DEFAULT_CONFIG.saturation, ...over.saturation };
  c.damping = { ...DEFAULT_CONFIG.damping, ...over.damping };
  for (const [k, v] of Object.entries(c)) {
    if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) throw new RangeError(`watch config ${k} must be a non-negative number`);
  }
  if (c.windowMs < 2000 || c.primingMs < c.primingBuckets) throw new RangeError('watch windows are too short');
  if (c.gateCallers > GATE_SATURATION) throw new RangeError(`watch config gateCallers must be at most ${GATE_SATURATION}`);
  return c;
}
