// A count-min sketch over a two-pane window (current and previous pane), with conservative update:
// estimates never undercount (up to the saturation point). Watch uses it as a gate — how many
// distinct callers a number not yet tracked has had — fed only with (caller, number) pairs not seen
// before, so replays add nothing.
// Compact and blocked: a cell is one byte, the current pane's count in the high nibble and the
// previous pane's in the low one, and a key's `depth` cells lie in one 64-byte line, so an update
// costs one memory miss. A nibble saturates at 15 a pane: the gate only asks whether a number has
// reached a handful of callers (WatchConfig.gateCallers ≤ 15).

/** The largest count a pane holds. */
export const COUNT_MIN_SATURATION = 15;

export class CountMin {
  /** Cells per row: the sketch holds width × depth one-byte cells. */
  readonly width: number;
  readonly depth: number;
  private readonly lines: number;
  /** Cells of a line given to each row (the rows' cells of a key never coincide). */
  private readonly seg: number;
  cells: Uint8Array;
  pane = -1;

  constructor(width: number, depth = 3) {
    if (depth < 1 || depth > 4) throw new RangeError('count-min depth must be 1..4');
    let w = 1024;
    while (w < width) w *= 2;
    this.width = w;
    this.depth = depth;
    this.lines = Math.ceil((w * depth) / 64);
    this.seg = Math.floor(64 / depth);
    this.cells = new Uint8Array(64 * this.lines);
  }

  private roll(pane: number): boolean {
    if (pane === this.pane) return true;
    if (pane < this.pane) return false;
    const c = this.cells;
    if (pane === this.pane + 1) for (let i = 0; i < c.length; i++) c[i] = c[i]! >>> 4;
    else c.fill(0);
    this.pane = pane;
    return true;
  }

  /** The first cell of a key's line (a multiply-shift of `a` onto the lines). */
  private lineOf(a: number): number {
    return Math.floor(((a >>> 0) * this.lines) / 4294967296) << 6;
  }

  /** Row r's cell for a key: a byte of `b` scaled onto the row's own segment of the line. */
  private cell(line: number, b: number, r: number): number {
    return line + r * this.seg + ((((b >>> (8 * r)) & 255) * this.seg) >>> 8);
  }

  /** Counts one more for (a, b) in `pane`; returns the new estimate over the window. */
  add(a: number, b: number, pane: number): number {
    if (!this.roll(pane)) return this.estimate(a, b);
    const c = this.cells;
    const line = this.lineOf(a);
    const d = this.depth;
    let cur = COUNT_MIN_SATURATION;
    for (let r = 0; r < d; r++) {
      const v = c[this.cell(line, b, r)]! >>> 4;
      if (v < cur) cur = v;
    }
    let est = Number.POSITIVE_INFINITY;
    for (let r = 0; r < d; r++) {
      const i = this.cell(line, b, r);
      let x = c[i]!;
      if (x >>> 4 === cur && cur < COUNT_MIN_SATURATION) c[i] = x = x + 16;
      const v = (x >>> 4) + (x & 15);
      if (v < est) est = v;
    }
    return est;
  }

  estimate(a: number, b: number): number {
    const c = this.cells;
    const line = this.lineOf(a);
    let m = Number.POSITIVE_INFINITY;
    for (let r = 0; r < this.depth; r++) {
      const x = c[this.cell(line, b, r)]!;
      const v = (x >>> 4) + (x & 15);
      if (v < m) m = v;
    }
    return m;
  }

  /** Reads the key's line (see BloomRing.touch). */
  touch(a: number): number {
    return this.cells[this.lineOf(a)]!;
  }

  get byteLength(): number {
    return this.cells.byteLength;
  }
}
