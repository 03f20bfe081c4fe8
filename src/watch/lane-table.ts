// An open-addressing hash table from a 64-bit key given as two 32-bit lanes to a non-negative
// integer, on typed arrays: no boxed keys, no garbage, one or two cache lines a lookup. Used as a
// bounded cache (cleared when full) and as the index of tracked numbers (with deletion).

const EMPTY = -1;
const GONE = -2;

export class LaneTable {
  private mask: number;
  private keys: Int32Array;
  private vals: Int32Array;
  private used = 0;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < 2 * capacity) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(2 * cap);
    this.vals = new Int32Array(cap).fill(EMPTY);
  }

  get byteLength(): number {
    return this.keys.byteLength + this.vals.byteLength;
  }

  private start(h1: number, h2: number): number {
    return (Math.imul(h1 ^ (h2 >>> 7), 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The value of (h1, h2), or -1. */
  get(h1: number, h2: number): number {
    const k = this.keys;
    const v = this.vals;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = v[i]!;
      if (x === EMPTY) return EMPTY;
      if (x !== GONE && k[2 * i] === (h1 | 0) && k[2 * i + 1] === (h2 | 0)) return x;
    }
  }

  /** Reads where (h1, h2) would be (see BloomRing.touch). */
  touch(h1: number, h2: number): number {
    const i = this.start(h1, h2);
    return this.vals[i]! + this.keys[2 * i]!;
  }

  /** Sets (h1, h2) to value (≥ 0), growing when three quarters full. */
  set(h1: number, h2: number, value: number): void {
    if (4 * (this.used + 1) > 3 * (this.mask + 1)) this.rehash(this.size + 1);
    const k = this.keys;
    const v = this.vals;
    let tomb = -1;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = v[i]!;
      if (x === EMPTY) {
        const at = tomb >= 0 ? tomb : i;
        if (tomb < 0) this.used++;
        k[2 * at] = h1;
        k[2 * at + 1] = h2;
        v[at] = value;
        this.size++;
        return;
      }
      if (x === GONE) {
        if (tomb < 0) tomb = i;
      } else if (k[2 * i] === (h1 | 0) && k[2 * i + 1] === (h2 | 0)) {
        v[i] = value;
        return;
      }
    }
  }

  delete(h1: number, h2: number): boolean {
    const k = this.keys;
    const v = this.vals;
    for (let i = this.start(h1, h2); ; i = (i + 1) & this.mask) {
      const x = v[i]!;
      if (x === EMPTY) return false;
      if (x !== GONE && k[2 * i] === (h1 | 0) && k[2 * i + 1] === (h2 | 0)) {
        v[i] = GONE;
        this.size--;
        return true;
      }
    }
  }

  clear(): void {
    this.vals.fill(EMPTY);
    this.used = 0;
    this.size = 0;
  }

  /** Rebuilds without tombstones, at a size fit for `n` entries. */
  private rehash(n: number): void {
    const keys = this.keys;
    const vals = this.vals;
    let cap = 16;
    while (cap < 2 * n) cap *= 2;
    this.mask = cap - 1;
    this.keys = new Int32Array(2 * cap);
    this.vals = new Int32Array(cap).fill(EMPTY);
    this.used = 0;
    this.size = 0;
    for (let i = 0; i < vals.length; i++) if (vals[i]! >= 0) this.set(keys[2 * i]!, keys[2 * i + 1]!, vals[i]!);
  }
}
