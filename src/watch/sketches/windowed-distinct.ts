// A distinct counter over a two-pane sliding window (the current pane and the one before it):
// exact small sets of 32-bit hashes while few, promoted to HyperLogLog when many. Inserts are
// idempotent, so replaying events counts nothing twice. The count covers between one and two panes.
import { HyperLogLog } from './hyperloglog.js';

export interface DistinctState {
  pane: number;
  /** Exact mode: hashes of the current and previous pane. */
  cur: number[] | null;
  prev: number[] | null;
  /** Dense mode: registers of the current and previous pane. */
  curHll: Uint8Array | null;
  prevHll: Uint8Array | null;
}

export class WindowedDistinct {
  private pane = -1;
  private cur: Int32Array = EMPTY;
  private curN = 0;
  private prev: Int32Array = EMPTY;
  private prevN = 0;
  /** |cur ∪ prev| while exact. */
  private unionN = 0;
  private curHll: HyperLogLog | null = null;
  private prevHll: HyperLogLog | null = null;
  private unionHll: HyperLogLog | null = null;

  constructor(
    private readonly p: number,
    private readonly sparseMax: number,
  ) {}

  get dense(): boolean {
    return this.curHll !== null;
  }

  /** Moves the window so that `pane` is current; returns false if `pane` is older than the window. */
  private roll(pane: number): boolean {
    if (pane === this.pane) return true;
    if (pane < this.pane) return pane === this.pane - 1;
    const shift = pane - this.pane;
    this.pane = pane;
    if (this.curHll) {
      const c = this.curHll;
      const pv = this.prevHll!;
      if (shift === 1) {
        this.prevHll = c;
        pv.clear();
        this.curHll = pv;
        this.unionHll!.copyFrom(c);
      } else {
        c.clear();
        pv.clear();
        this.unionHll!.clear();
      }
      return true;
    }
    if (shift === 1) {
      const t = this.prev;
      this.prev = this.cur;
      this.prevN = this.curN;
      this.cur = t;
      this.curN = 0;
      this.unionN = this.prevN;
    } else {
      this.prevN = 0;
      this.curN = 0;
      this.unionN = 0;
    }
    return true;
  }

  /** Adds a hash seen in `pane`; returns true when the count may have changed. */
  add(h: number, pane: number): boolean {
    if (!this.roll(pane)) return false;
    const late = pane < this.pane;
    if (this.curHll) {
      const target = late ? this.prevHll! : this.curHll;
      target.add(h);
      return this.unionHll!.add(h);
    }
    if (late) {
      if (indexOf(this.prev, this.prevN, h) >= 0) return false;
      this.prev = push(this.prev, this.prevN++, h);
      if (indexOf(this.cur, this.curN, h) >= 0) return false;
    } else {
      if (indexOf(this.cur, this.curN, h) >= 0) return false;
      this.cur = push(this.cur, this.curN++, h);
      if (indexOf(this.prev, this.prevN, h) >= 0) return false;
    }
    this.unionN++;
    if (this.unionN > this.sparseMax) this.promote();
    return true;
  }

  /** Distinct items over the window ending at `pane` (0 when the window has moved past them). */
  count(pane: number = this.pane): number {
    if (pane > this.pane + 1) return 0;
    if (pane === this.pane + 1) {
      return this.curHll ? Math.round(this.curHll.estimate()) : this.curN;
    }
    return this.unionHll ? Math.round(this.unionHll.estimate()) : this.unionN;
  }

  /** Bytes held (for the state-size report). */
  bytes(): number {
    if (this.curHll) return 3 * this.curHll.m + 96;
    return 4 * (this.cur.length + this.prev.length) + 64;
  }

  private promote(): void {
    this.curHll = new HyperLogLog(this.p);
    this.prevHll = new HyperLogLog(this.p);
    this.unionHll = new HyperLogLog(this.p);
    for (let i = 0; i < this.curN; i++) this.curHll.add(this.cur[i]!);
    for (let i = 0; i < this.prevN; i++) this.prevHll.add(this.prev[i]!);
    this.unionHll.copyFrom(this.curHll);
    this.unionHll.merge(this.prevHll);
    this.cur = EMPTY;
    this.prev = EMPTY;
    this.curN = this.prevN = this.unionN = 0;
  }

  state(): DistinctState {
    return {
      pane: this.pane,
      cur: this.curHll ? null : Array.from(this.cur.subarray(0, this.curN)),
      prev: this.curHll ? null : Array.from(this.prev.subarray(0, this.prevN)),
      curHll: this.curHll ? this.curHll.registers : null,
      prevHll: this.prevHll ? this.prevHll.registers : null,
    };
  }

  static fromState(s: DistinctState, p: number, sparseMax: number): WindowedDistinct {
    const d = new WindowedDistinct(p, sparseMax);
    d.pane = s.pane;
    if (s.curHll && s.prevHll) {
      d.curHll = new HyperLogLog(p, Uint8Array.from(s.curHll));
      d.prevHll = new HyperLogLog(p, Uint8Array.from(s.prevHll));
      d.unionHll = new HyperLogLog(p);
      d.unionHll.copyFrom(d.curHll);
      d.unionHll.merge(d.prevHll);
      return d;
    }
    const cur = s.cur ?? [];
    const prev = s.prev ?? [];
    d.cur = Int32Array.from(cur);
    d.curN = cur.length;
    d.prev = Int32Array.from(prev);
    d.prevN = prev.length;
    let u = cur.length;
    for (const h of prev) if (!cur.includes(h)) u++;
    d.unionN = u;
    return d;
  }
}

const EMPTY = new Int32Array(0);

function indexOf(a: Int32Array, n: number, h: number): number {
  for (let i = 0; i < n; i++) if (a[i] === h) return i;
  return -1;
}

function push(a: Int32Array, n: number, h: number): Int32Array {
  if (n < a.length) {
    a[n] = h;
    return a;
  }
  const b = new Int32Array(Math.max(4, a.length * 2));
  b.set(a);
  b[n] = h;
  return b;
}
