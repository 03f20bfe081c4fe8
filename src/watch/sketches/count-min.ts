// A count-min sketch over a two-pane window (current and previous pane), with conservative update:
// estimates never undercount. Watch uses it as a gate — how many distinct callers a number not yet
// tracked has had — fed only with (caller, number) pairs not seen before, so replays add nothing.

export class CountMin {
  readonly width: number;
  readonly depth: number;
  private readonly mask: number;
  cur: Uint16Array;
  prev: Uint16Array;
  pane = -1;

  constructor(width: number, depth = 4) {
    let w = 1024;
    while (w < width) w *= 2;
    this.width = w;
    this.mask = w - 1;
    this.depth = depth;
    this.cur = new Uint16Array(w * depth);
    this.prev = new Uint16Array(w * depth);
  }

  private roll(pane: number): boolean {
    if (pane === this.pane) return true;
    if (pane < this.pane) return false;
    if (pane === this.pane + 1) {
      const t = this.prev;
      this.prev = this.cur;
      this.cur = t;
      this.cur.fill(0);
    } else {
      this.cur.fill(0);
      this.prev.fill(0);
    }
    this.pane = pane;
    return true;
  }

  /** Counts one more for (a, b) in `pane`; returns the new estimate over the window. */
  add(a: number, b: number, pane: number): number {
    if (!this.roll(pane)) return this.estimate(a, b);
    const est = this.estimateCur(a, b);
    const c = this.cur;
    let h = a;
    const step = b | 1;
    for (let r = 0; r < this.depth; r++) {
      const i = r * this.width + (h & this.mask);
      if (c[i] === est && est < 0xffff) c[i] = est + 1;
      h = (h + step) | 0;
    }
    return this.estimate(a, b);
  }

  private estimateCur(a: number, b: number): number {
    let h = a;
    const step = b | 1;
    let m = 0xffff;
    for (let r = 0; r < this.depth; r++) {
      const v = this.cur[r * this.width + (h & this.mask)]!;
      if (v < m) m = v;
      h = (h + step) | 0;
    }
    return m;
  }

  estimate(a: number, b: number): number {
    let h = a;
    const step = b | 1;
    let m = Number.POSITIVE_INFINITY;
    for (let r = 0; r < this.depth; r++) {
      const i = r * this.width + (h & this.mask);
      const v = this.cur[i]! + this.prev[i]!;
      if (v < m) m = v;
      h = (h + step) | 0;
    }
    return m;
  }

  get byteLength(): number {
    return this.cur.byteLength + this.prev.byteLength;
  }
}
