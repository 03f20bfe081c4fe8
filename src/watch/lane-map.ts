// The detector's table of tracked numbers, keyed by a number's two hash lanes without allocating:
// an open-addressing lane table gives a slot, the slot holds the state.
import { LaneTable } from './lane-table.js';
import type { NumberState } from './number-state.js';
import type { TouchList } from './touch-list.js';

export class LaneMap {
  private readonly index = new LaneTable(1 << 12);
  private readonly states: (NumberState | undefined)[] = [];
  private readonly free: number[] = [];

  get size(): number {
    return this.index.size;
  }

  has(h1: number, h2: number): boolean {
    return this.index.get(h1, h2) >= 0;
  }

  get(h1: number, h2: number): NumberState | undefined {
    const slot = this.index.get(h1, h2);
    return slot >= 0 ? this.states[slot] : undefined;
  }

  where(h1: number, h2: number): number {
    return this.index.where(h1, h2);
  }

  touchAll(list: TouchList): number {
    return this.index.touchAll(list);
  }

  add(st: NumberState): void {
    const slot = this.free.pop() ?? this.states.length;
    this.states[slot] = st;
    this.index.set(st.h1, st.h2, slot);
  }

  delete(st: NumberState): void {
    const slot = this.index.get(st.h1, st.h2);
    if (slot < 0 || this.states[slot] !== st) return;
    this.index.delete(st.h1, st.h2);
    this.states[slot] = undefined;
    this.free.push(slot);
  }

  *values(): IterableIterator<NumberState> {
    for (const st of this.states) if (st !== undefined) yield st;
  }

  /** Bytes of the table itself (the states count their own). */
  get byteLength(): number {
    return this.index.byteLength + 8 * this.states.length;
  }
}
