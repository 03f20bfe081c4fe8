// A count-min sketch over a two-pane window (current and previous pane), with conservative update:
// estimates never undercount. Watch uses it as a gate — how many distinct callers a number not yet
// tracked has had — fed only with (caller, number) pairs not seen before, so replays add nothing.
// Each cell holds its current and previous pane side by side, so a row costs one memory access.

export class CountMin {
  readonly width: number;
  readonly depth: number;
  private readonly mask: number;
  /** Cell i of row r: [2(r·width + i)] current pane, [+1] previous pane. */
  cells: Uint16Array;
  pane = -1;

  constructor(width: number, depth = 3) {
    let w = 1024;
    while (w < width) w *= 2;
    this.width = w;
    this.mask = w - 1;
    this.depth = depth;
    this.cells = new Uint16Array(2 * w * depth);
  }

  private roll(pane: number): boolean {
    if (pane === this.pane) return true;
    if (pane < this.pane) return false;
    const c = this.cells;
    if (pane === this.pane + 1) {
      for (let i = 0; i < c.length; i += 2) {
        c[i + 1] = c[i]!;
        c[i] = 0;
      }
    } else c.fill(0);
    this.pane = pane;
    return true;
  }

  /** Counts one more for (a, b) in `pane`; returns the new estimate over the window. */
  add(a: number, b: number, pane: number): number {
    if (!this.roll(pane)) return this.estimate(a, b);
    const c = this.cells;
    const step = b | 1;
    let h = a;
    let cur = 0xffff;
    for (let r = 0; r < this.depth; r++) {
      const v = c[2 * (r * this.width + (h & this.mask))]!;
      if (v < cur) cur = v;
      h = (h + step) | 0;
    }
    h = a;
    let est = Number.POSITIVE_INFINITY;
    for (let r = 0; r < this.depth; r++) {
      const i = 2 * (r * this.width + (h & this.mask));
      if (c[i] === cur && cur < 0xffff) c[i] = cur + 1;
      const v = c[i]! + c[i + 1]!;
      if (v < est) est = v;
      h = (h + step) | 0;
    }
    return est;
  }

  estimate(a: number, b: number): number {
    const c = this.cells;
    const step = b | 1;
    let h = a;
    let m = Number.POSITIVE_INFINITY;
    for (let r = 0; r < this.depth; r++) {
      const i = 2 * (r * this.width + (h & this.mask));
      const v = c[i]! + c[i + 1]!;
      if (v < m) m = v;
      h = (h + step) | 0;
    }
    return m;
  }

  get byteLength(): number {
    return this.cells.byteLength;
  }
}
