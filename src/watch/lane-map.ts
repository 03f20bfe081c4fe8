// The detector's table of tracked numbers, keyed by a number's two hash lanes without allocating:
// an open-addressing lane table gives a slot, the slot holds the state. A bitmap beside it, one bit
// set per number held, answers "not tracked" for most numbers without the table: nearly every call
// goes to a number that is not tracked, and the bitmap (a sixteenth of a line a number) stays in
// cache where the table, read at random between the sketches' misses, would not.
import { LaneTable } from './lane-table.js';
import type { NumberState } from './number-state.js';
import type { TouchList } from './touch-list.js';

/** Bitmap bits per number the map holds, at least: about one absent number in sixteen finds its bit set. */
const BITS_PER_NUMBER = 16;
const MIN_BITS = 1 << 16;

export class LaneMap {
  private readonly index = new LaneTable(1 << 12);
  private readonly states: (NumberState | undefined)[] = [];
  private readonly free: number[] = [];
  /** Bit (h2 & bitMask) is set for every number held (and may stay set for one deleted since). */
  private bits = new Int32Array(MIN_BITS >>> 5);
  private bitMask = MIN_BITS - 1;
  /** Deletions since the bitmap was made: their bits still stand. */
  private stale = 0;
  /** Changes with every add and delete: a lookup made at one version holds while it is current. */
  version = 0;

  get size(): number {
    return this.index.size;
  }

  /** False when (h1, h2) is surely not held. */
  private mayHold(h2: number): boolean {
    const b = h2 & this.bitMask;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  has(h1: number, h2: number): boolean {
    return this.mayHold(h2) && this.index.get(h1, h2) >= 0;
  }

  get(h1: number, h2: number): NumberState | undefined {
    if (!this.mayHold(h2)) return undefined;
    const slot = this.index.get(h1, h2);
    return slot >= 0 ? this.states[slot] : undefined;
  }

  /** Where a lookup of (h1, h2) reads the table, or -1 when it will not (see touchAll). */
  where(h1: number, h2: number): number {
    return this.mayHold(h2) ? this.index.where(h1, h2) : -1;
  }

  touchAll(list: TouchList): number {
    return this.index.touchAll(list);
  }

  add(st: NumberState): void {
    const slot = this.free.pop() ?? this.states.length;
    this.states[slot] = st;
    this.index.set(st.h1, st.h2, slot);
    this.version++;
    if (BITS_PER_NUMBER * this.index.size > this.bitMask + 1) this.rebuild();
    else this.mark(st.h2);
  }

  delete(st: NumberState): void {
    const slot = this.index.get(st.h1, st.h2);
    if (slot < 0 || this.states[slot] !== st) return;
    this.index.delete(st.h1, st.h2);
    this.states[slot] = undefined;
    this.free.push(slot);
    this.version++;
    if (++this.stale > this.index.size) this.rebuild();
  }

  private mark(h2: number): void {
    const b = h2 & this.bitMask;
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** A bitmap of the numbers held now, sized for them. */
  private rebuild(): void {
    let n = MIN_BITS;
    while (n < BITS_PER_NUMBER * this.index.size) n *= 2;
    this.bits = new Int32Array(n >>> 5);
    this.bitMask = n - 1;
    this.stale = 0;
    for (const st of this.states) if (st !== undefined) this.mark(st.h2);
  }

  *values(): IterableIterator<NumberState> {
    for (const st of this.states) if (st !== undefined) yield st;
  }

  /** Bytes of the table itself (the states count their own). */
  get byteLength(): number {
    return this.index.byteLength + 8 * this.states.length + this.bits.byteLength;
  }
}
