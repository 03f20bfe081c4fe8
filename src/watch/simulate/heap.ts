// A min-heap of future events (callbacks scheduled after the message that primed them), ordered by
// time and then by insertion, so the output order never depends on heap internals.
import type { SimEvent } from './sim-event.js';

export class EventHeap {
  private readonly items: SimEvent[] = [];
  private readonly seqs: number[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  private less(i: number, j: number): boolean {
    const a = this.items[i]!.ts;
    const b = this.items[j]!.ts;
    return a < b || (a === b && this.seqs[i]! < this.seqs[j]!);
  }

  private swap(i: number, j: number): void {
    const e = this.items[i]!;
    this.items[i] = this.items[j]!;
    this.items[j] = e;
    const s = this.seqs[i]!;
    this.seqs[i] = this.seqs[j]!;
    this.seqs[j] = s;
  }

  push(e: SimEvent): void {
    this.items.push(e);
    this.seqs.push(this.seq++);
    let i = this.items.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  peekTs(): number {
    return this.items.length > 0 ? this.items[0]!.ts : Infinity;
  }

  pop(): SimEvent | undefined {
    const n = this.items.length;
    if (n === 0) return undefined;
    const top = this.items[0]!;
    this.swap(0, n - 1);
    this.items.pop();
    this.seqs.pop();
    const m = n - 1;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let s = i;
      if (l < m && this.less(l, s)) s = l;
      if (r < m && this.less(r, s)) s = r;
      if (s === i) break;
      this.swap(i, s);
      i = s;
    }
    return top;
  }
}
