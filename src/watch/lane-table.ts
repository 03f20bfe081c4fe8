// An open-addressing hash table from a 64-bit key given as two 32-bit lanes to a non-negative
// integer, on typed arrays: no boxed keys, no garbage. A slot is three words (two lanes, then the
// value) in one array, so a lookup costs one cache line (rarely two) rather than a line of keys and
// another of values. Used as a bounded cache (cleared when full) and as the index of tracked numbers
// (with deletion).

import { touchWords } from './touch-list.js';
import type { TouchList } from './touch-list.js';

const EMPTY = -1;
const GONE = -2;

export class LaneTable {
  private mask: number;
  /** Slot i: lanes at 3i and 3i + 1, value at 3i + 2. */
  private slots: Int32Array;
  private used = 0;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < 2 * capacity) cap *= 2;
    this.mask = cap - 1;
    this.slots = LaneTable.empty(cap);
  }

  private static empty(cap: number): Int32Array {
    const s = new Int32Array(3 * cap);
    for (let i = 2; i < s.length; i += 3) s[i] = EMPTY;
    return s;
  }

  get byteLength(): number {
    return this.slots.byteLength;
  }

  private start(h1: number, h2: number): number {
    return (Math.imul(h1 ^ (h2 >>> 7), 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The value of (h1, h2), or -1. */
  get(h1: number, h2: number): number {
    const s = this.slots;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = s[3 * i + 2]!;
      if (x === EMPTY) return EMPTY;
      if (x !== GONE && s[3 * i] === (h1 | 0) && s[3 * i + 1] === (h2 | 0)) return x;
    }
  }

  /** Where a lookup of (h1, h2) starts, for touchAll. */
  where(h1: number, h2: number): number {
    return 3 * this.start(h1, h2);
  }

  /** Reads the slot at each place of the list (see TouchList). */
  touchAll(list: TouchList): number {
    return touchWords(this.slots, list);
  }

  /** Sets (h1, h2) to value (≥ 0), growing when three quarters full. */
  set(h1: number, h2: number, value: number): void {
    if (4 * (this.used + 1) > 3 * (this.mask + 1)) this.rehash(this.size + 1);
    const s = this.slots;
    let tomb = -1;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = s[3 * i + 2]!;
      if (x === EMPTY) {
        const at = tomb >= 0 ? tomb : i;
        if (tomb < 0) this.used++;
        s[3 * at] = h1;
        s[3 * at + 1] = h2;
        s[3 * at + 2] = value;
        this.size++;
        return;
      }
      if (x === GONE) {
        if (tomb < 0) tomb = i;
      } else if (s[3 * i] === (h1 | 0) && s[3 * i + 1] === (h2 | 0)) {
        s[3 * i + 2] = value;
        return;
      }
    }
  }

  delete(h1: number, h2: number): boolean {
    const s = this.slots;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = s[3 * i + 2]!;
      if (x === EMPTY) return false;
      if (x !== GONE && s[3 * i] === (h1 | 0) && s[3 * i + 1] === (h2 | 0)) {
        s[3 * i + 2] = GONE;
        this.size--;
        return true;
      }
    }
  }

  clear(): void {
    const s = this.slots;
    for (let i = 2; i < s.length; i += 3) s[i] = EMPTY;
    this.used = 0;
    this.size = 0;
  }

  /** Rebuilds without tombstones, at a size fit for `n` entries. */
  private rehash(n: number): void {
    const old = this.slots;
    let cap = 16;
    while (cap < 2 * n) cap *= 2;
    this.mask = cap - 1;
    this.slots = LaneTable.empty(cap);
    this.used = 0;
    this.size = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i + 2]! >= 0) this.set(old[i]!, old[i + 1]!, old[i + 2]!);
  }
}
