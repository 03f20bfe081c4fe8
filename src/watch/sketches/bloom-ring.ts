// A ring of Bloom filters, one per time bucket: remembers (key pair) insertions for the last
// `buckets` buckets of event time and forgets older ones by clearing a bucket when time reaches it.
// Used for priming — "did this caller receive a message mentioning this number shortly before?" —
// and for outgoing history. No false negatives inside the window; false positives bounded by sizing.
// Blocked: all bits of one key sit in one 512-bit block (one cache line), and the blocks of one key
// in every bucket sit side by side, so a lookup over the whole window in a ring of many megabytes
// costs one memory miss (and its neighbours the prefetcher brings) rather than one per hash and bucket.

import { touchWords } from '../touch-list.js';
import type { TouchList } from '../touch-list.js';
import { lineAlignedBytes } from './aligned.js';

export interface BloomRingOptions {
  /** Bits per bucket, rounded up to a power of two. */
  bits: number;
  hashes: number;
  buckets: number;
  bucketMs: number;
}

export class BloomRing {
  readonly bits: number;
  readonly hashes: number;
  readonly buckets: number;
  readonly bucketMs: number;
  private readonly blockMask: number;
  private readonly words: number;
  /** All buckets' bits: block after block, and within a block, bucket after bucket (16 words each). */
  readonly data: Int32Array;
  /** The time bucket (ts / bucketMs) each slot holds, -1 when empty. */
  readonly epochs: Float64Array;
  private latest: number;

  constructor(o: BloomRingOptions, data?: Int32Array, epochs?: Float64Array) {
    let bits = 512;
    while (bits < o.bits) bits *= 2;
    this.bits = bits;
    this.blockMask = bits / 512 - 1;
    this.words = bits >>> 5;
    this.hashes = o.hashes;
    this.buckets = o.buckets;
    this.bucketMs = o.bucketMs;
    this.data = data ?? new Int32Array(lineAlignedBytes(this.words * o.buckets * 4).buffer, 0, this.words * o.buckets);
    this.epochs = epochs ?? new Float64Array(o.buckets).fill(-1);
    if (this.data.length !== this.words * o.buckets || this.epochs.length !== o.buckets) {
      throw new RangeError('Bloom ring arrays do not match its options');
    }
    this.latest = Math.max(-1, ...this.epochs);
  }

  /** Optimal bits per bucket for `items` insertions per bucket at false-positive rate `fp`. */
  static bitsFor(items: number, fp: number): number {
    return Math.ceil((-items * Math.log(fp)) / (Math.LN2 * Math.LN2));
  }

  private slotFor(epoch: number, create: boolean): number {
    const s = epoch % this.buckets;
    const held = this.epochs[s]!;
    if (held === epoch) return s;
    if (!create || held > epoch || epoch <= this.latest - this.buckets) return -1;
    if (epoch > this.latest) this.latest = epoch;
    const d = this.data;
    const stride = 16 * this.buckets;
    // sixteen stores a block: a call of fill() for so few words costs more than the stores
    for (let i = 16 * s; i < d.length; i += stride) for (let k = i; k < i + 16; k++) d[k] = 0;
    this.epochs[s] = epoch;
    return s;
  }

  /** Inserts the pair (a, b) of 32-bit hashes at time ts; returns false when ts is older than the ring. */
  add(a: number, b: number, ts: number): boolean {
    return this.addAt(a, b, Math.floor(ts / this.bucketMs));
  }

  /** add() for the time bucket `epoch` (ts / bucketMs): hot paths pass small integers, not times. */
  addAt(a: number, b: number, epoch: number): boolean {
    const s = this.slotFor(epoch, true);
    if (s < 0) return false;
    this.set(((a & this.blockMask) * this.buckets + s) << 4, (a >>> 20) | 1, b);
    return true;
  }

  private set(base: number, step: number, b: number): void {
    let h = b;
    for (let i = 0; i < this.hashes; i++) {
      const bit = h & 511;
      this.data[base + (bit >>> 5)]! |= 1 << (bit & 31);
      h = (h + step) | 0;
      h ^= h >>> 9;
    }
  }

  private test(base: number, step: number, b: number): boolean {
    let h = b;
    for (let i = 0; i < this.hashes; i++) {
      const bit = h & 511;
      if ((this.data[base + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
      h = (h + step) | 0;
      h ^= h >>> 9;
    }
    return true;
  }

  /** True when (a, b) was (probably) inserted at a time in [fromTs, toTs]. */
  has(a: number, b: number, fromTs: number, toTs: number): boolean {
    return this.hasIn(a, b, Math.floor(fromTs / this.bucketMs), Math.floor(toTs / this.bucketMs));
  }

  /** has() over the time buckets e0..e1. */
  hasIn(a: number, b: number, e0: number, e1: number): boolean {
    const step = (a >>> 20) | 1;
    const block = (a & this.blockMask) * this.buckets;
    for (let e = e1; e >= e0 && e > e1 - this.buckets; e--) {
      const s = this.slotFor(e, false);
      if (s >= 0 && this.test((block + s) << 4, step, b)) return true;
    }
    return false;
  }

  /** has(a, b, fromTs, ts), and when false, add(a, b, ts): one lookup for "first time in the window?". */
  addIfAbsent(a: number, b: number, fromTs: number, ts: number): boolean {
    return this.addIfAbsentIn(a, b, Math.floor(fromTs / this.bucketMs), Math.floor(ts / this.bucketMs));
  }

  /** addIfAbsent() over the time buckets e0..e1, adding in e1. */
  addIfAbsentIn(a: number, b: number, e0: number, e1: number): boolean {
    if (this.hasIn(a, b, e0, e1)) return false;
    const s = this.slotFor(e1, true);
    if (s >= 0) this.set(((a & this.blockMask) * this.buckets + s) << 4, (a >>> 20) | 1, b);
    return true;
  }

  /** Where the blocks of key `a` start, for touchAll. */
  where(a: number): number {
    return ((a & this.blockMask) * this.buckets) << 4;
  }

  /** Where the block of key `a` for the time bucket `epoch` is (its first bucket's when the ring has no slot for it yet), for touchOne. */
  whereAt(a: number, epoch: number): number {
    const s = this.epochs[epoch % this.buckets] === epoch ? epoch % this.buckets : 0;
    return ((a & this.blockMask) * this.buckets + s) << 4;
  }

  /** Reads one block at each place of the list (an insertion touches one bucket, a query all). */
  touchOne(list: TouchList): number {
    return touchWords(this.data, list);
  }

  /** Reads every bucket's block at each place of the list (see TouchList). */
  touchAll(list: TouchList): number {
    const d = this.data;
    const at = list.at;
    const span = this.buckets << 4;
    let x = 0;
    for (let j = 0; j < list.n; j++) {
      const base = at[j]!;
      for (let o = 0; o < span; o += 16) x += d[base + o]!;
    }
    return x;
  }

  get byteLength(): number {
    return this.data.byteLength + this.epochs.byteLength;
  }
}
