// The detector's table of tracked numbers, keyed by a number's two hash lanes without allocating:
// a Map over a small-integer slice of one lane (V8 keeps those unboxed), collisions chained and told
// apart by both lanes.
import type { NumberState } from './number-state.js';

export class LaneMap {
  private readonly heads = new Map<number, NumberState>();
  private n = 0;

  get size(): number {
    return this.n;
  }

  get(h1: number, h2: number): NumberState | undefined {
    let st = this.heads.get(h2 & 0x3fffffff);
    while (st !== undefined && (st.h1 !== h1 || st.h2 !== h2)) st = st.next;
    return st;
  }

  add(st: NumberState): void {
    const k = st.h2 & 0x3fffffff;
    st.next = this.heads.get(k);
    this.heads.set(k, st);
    this.n++;
  }

  delete(st: NumberState): void {
    const k = st.h2 & 0x3fffffff;
    let cur = this.heads.get(k);
    let prev: NumberState | undefined;
    while (cur !== undefined && cur !== st) {
      prev = cur;
      cur = cur.next;
    }
    if (cur === undefined) return;
    if (prev) prev.next = cur.next;
    else if (cur.next) this.heads.set(k, cur.next);
    else this.heads.delete(k);
    cur.next = undefined;
    this.n--;
  }

  *values(): IterableIterator<NumberState> {
    for (const head of this.heads.values()) {
      for (let st: NumberState | undefined = head; st !== undefined; st = st.next) yield st;
    }
  }
}
