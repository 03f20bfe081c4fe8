// How many distinct callers a number not yet tracked has had over a two-pane window (current and
// previous pane): a count-min sketch with conservative update (never undercounts, up to saturation)
// fed once per (caller, number) pair, the pairs remembered by a blocked Bloom filter per pane.
// Both live in one 128-byte unit chosen by the number: its first line holds the count cells, the
// second the pair bits of both panes, so a call to an untracked number costs one memory miss (and
// one page) where a separate pairs filter, keyed by the pair, would cost another.
// A cell is one byte, the current pane's count in the high nibble and the previous pane's in the low
// one; a nibble saturates at 15 a pane: the gate only asks whether a number has reached a handful
// of callers (WatchConfig.gateCallers ≤ 15). Numbers past the gate are tracked and leave it, so a
// unit's pair bits hold a few callers of each of its numbers, not the callers of a popular one.

import type { TouchList } from '../touch-list.js';
import { lineAlignedBytes } from './aligned.js';

/** The largest count a pane holds. */
export const GATE_SATURATION = 15;

/** Rows of the count-min: four cells of one line, for the error bound stated at DESIGN_LOAD. */
const DEPTH = 4;
/** Cells of a line given to each row (the rows' cells of a key never coincide). */
const SEG = 16;
const UNIT_BYTES = 128;
/** Pair bits of one unit for one pane: the second line holds two panes. */
const PANE_BITS = 256;

export class CallerGate {
  /** Cells per row (a power of two): the count-min holds width × 4 one-byte cells. */
  readonly width: number;
  readonly units: number;
  readonly hashes: number;
  /** Unit u: count cells at bytes [128u, 128u + 64), pair bits at [128u + 64, 128u + 128), pane p in half p & 1. */
  readonly data: Uint8Array;
  private readonly words: Int32Array;
  /** Maps a 32-bit key onto the units (a shift: the unit count is a power of two). */
  private readonly shift: number;
  pane = -1;

  constructor(width: number, hashes: number, data?: Uint8Array) {
    let w = 1024;
    while (w < width) w *= 2;
    this.width = w;
    this.hashes = hashes;
    this.units = (w * DEPTH) / 64;
    this.shift = 32 - Math.log2(this.units);
    this.data = data ?? lineAlignedBytes(this.units * UNIT_BYTES);
    if (this.data.byteLength !== this.units * UNIT_BYTES || this.data.byteOffset % 4 !== 0) {
      throw new RangeError('caller gate bytes do not match its width');
    }
    this.words = new Int32Array(this.data.buffer, this.data.byteOffset, this.data.byteLength >>> 2);
  }

  get byteLength(): number {
    return this.data.byteLength;
  }

  /** Moves the window to `pane`: previous counts shift down, the pair bits of the pane before it are cleared. */
  private roll(pane: number): void {
    const w = this.words;
    if (pane === this.pane + 1) {
      const half = (pane & 1) * 8;
      for (let u = 0; u < w.length; u += 32) {
        for (let i = u; i < u + 16; i++) w[i] = (w[i]! >>> 4) & 0x0f0f0f0f;
        for (let i = u + 16 + half; i < u + 24 + half; i++) w[i] = 0;
      }
    } else w.fill(0);
    this.pane = pane;
  }

  /** Byte offset of a number's unit. */
  private unitOf(a: number): number {
    return (a >>> this.shift) * UNIT_BYTES;
  }

  /** Row r's cell for a number: 4 bits of `b` pick one of the row's 16 cells. */
  private static cell(unit: number, b: number, r: number): number {
    return unit + r * SEG + ((b >>> (8 * r + 4)) & 15);
  }

  /**
   * A call from caller (p, q) — two 32-bit hashes of the (caller, number) pair — to number (a, b) in
   * `pane`: -1 when the pair was (probably) seen in the window already; else it is remembered and the
   * number's estimate of distinct callers is returned, this one counted (when `pane` is the current one).
   */
  call(a: number, b: number, p: number, q: number, pane: number): number {
    if (pane > this.pane) this.roll(pane);
    const unit = this.unitOf(a);
    if (pane < this.pane - 1) return this.estimate(a, b);
    if (this.probe(unit, p, q, pane)) return -1;
    // the pair's bits again: a few operations, cheaper than keeping them from the probe
    const w = this.words;
    const own = ((unit + 64) >>> 2) + (pane & 1) * 8;
    const step = (p >>> 20) | 1;
    let h = q;
    for (let k = 0; k < this.hashes; k++) {
      const bit = h & (PANE_BITS - 1);
      w[own + (bit >>> 5)]! |= 1 << (bit & 31);
      h = (h + step) | 0;
      h ^= h >>> 9;
    }
    if (pane !== this.pane) return this.estimate(a, b);
    return this.count(unit, b);
  }

  /** True when caller (p, q) of number (a, …) was (probably) remembered in the window that ends with `pane`. */
  seen(a: number, p: number, q: number, pane: number): boolean {
    return pane >= this.pane - 1 && pane <= this.pane && this.probe(this.unitOf(a), p, q, pane);
  }

  /**
   * Whether all the pair's bits are set in the pane's half or (for the current pane) the other one, the
   * pane before. The bits missing are gathered without a branch: whether a bit is set is a coin toss
   * the processor cannot predict, and a mispredicted branch costs more than the few operations here.
   */
  private probe(unit: number, p: number, q: number, pane: number): boolean {
    const w = this.words;
    const bits = (unit + 64) >>> 2;
    const own = bits + (pane & 1) * 8;
    const other = bits + ((pane + 1) & 1) * 8;
    const step = (p >>> 20) | 1;
    let missOwn = 0;
    let missOther = 0;
    let h = q;
    for (let k = 0; k < this.hashes; k++) {
      const bit = h & (PANE_BITS - 1);
      const i = bit >>> 5;
      const m = 1 << (bit & 31);
      missOwn |= m & ~w[own + i]!;
      missOther |= m & ~w[other + i]!;
      h = (h + step) | 0;
      h ^= h >>> 9;
    }
    return missOwn === 0 || (missOther === 0 && pane === this.pane);
  }

  /**
   * Conservative update of the current pane: only the cells at the minimum grow. Unrolled over the
   * four rows, without branches on the cells' values (as in probe).
   */
  private count(unit: number, b: number): number {
    const c = this.data;
    const i0 = unit + ((b >>> 4) & 15);
    const i1 = unit + SEG + ((b >>> 12) & 15);
    const i2 = unit + 2 * SEG + ((b >>> 20) & 15);
    const i3 = unit + 3 * SEG + ((b >>> 28) & 15);
    let x0 = c[i0]!;
    let x1 = c[i1]!;
    let x2 = c[i2]!;
    let x3 = c[i3]!;
    const cur = Math.min(x0 >>> 4, x1 >>> 4, x2 >>> 4, x3 >>> 4);
    if (cur < GATE_SATURATION) {
      // 16 (one in the high nibble) where the cell's count is the minimum: ((v ^ cur) - 1) >>> 31 is 1 only when v === cur
      x0 += ((((x0 >>> 4) ^ cur) - 1) >>> 31) << 4;
      x1 += ((((x1 >>> 4) ^ cur) - 1) >>> 31) << 4;
      x2 += ((((x2 >>> 4) ^ cur) - 1) >>> 31) << 4;
      x3 += ((((x3 >>> 4) ^ cur) - 1) >>> 31) << 4;
      c[i0] = x0;
      c[i1] = x1;
      c[i2] = x2;
      c[i3] = x3;
    }
    return Math.min((x0 >>> 4) + (x0 & 15), (x1 >>> 4) + (x1 & 15), (x2 >>> 4) + (x2 & 15), (x3 >>> 4) + (x3 & 15));
  }

  /** Distinct callers of number (a, b) over the window (never fewer than counted, up to saturation). */
  estimate(a: number, b: number): number {
    const c = this.data;
    const unit = this.unitOf(a);
    let m = Number.POSITIVE_INFINITY;
    for (let r = 0; r < DEPTH; r++) {
      const x = c[CallerGate.cell(unit, b, r)]!;
      const v = (x >>> 4) + (x & 15);
      if (v < m) m = v;
    }
    return m;
  }

  /** Where number `a`'s unit is, for touchAll. */
  where(a: number): number {
    return this.unitOf(a);
  }

  /** Reads both lines of the unit at each place of the list (see TouchList). */
  touchAll(list: TouchList): number {
    const d = this.data;
    const at = list.at;
    let x = 0;
    for (let j = 0; j < list.n; j++) x += d[at[j]!]! + d[at[j]! + 64]!;
    return x;
  }
}
