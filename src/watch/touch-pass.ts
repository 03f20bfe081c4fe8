// The detector's read-ahead: before a few dozen rows are applied, the places in the sketches they
// will read are gathered and read in tight loops, so that their memory misses overlap instead of
// each waiting for the one before. It reads the sketches through the detector at every pass: a
// snapshot restore replaces them.
import type { EventRows } from './event-rows.js';
import { mix32 } from './hash.js';
import type { LaneMap } from './lane-map.js';
import type { NumberState } from './number-state.js';
import type { BloomRing } from './sketches/bloom-ring.js';
import type { CallerGate } from './sketches/caller-gate.js';
import { TouchList } from './touch-list.js';

/** What a pass reads: the detector's sketches. */
export interface Touched {
  readonly numbers: LaneMap;
  readonly priming: BloomRing;
  readonly outgoing: BloomRing;
  readonly gate: CallerGate;
}

export class TouchPass {
  /** Keeps what the passes read, so that no engine drops them. */
  private touched = 0;
  private readonly out = new TouchList();
  /** Outgoing blocks a call only adds to: the bucket of its time alone. */
  private readonly outAdd = new TouchList();
  private readonly num = new TouchList();
  private readonly gate = new TouchList();
  private readonly primed = new TouchList();
  private readonly priming = new TouchList();
  /**
   * The state of each call's callee as the pass found it, by row (k - from), while the table is at
   * `version`: the call then need not look its callee up again. Entries of other rows are stale.
   */
  readonly callee: (NumberState | undefined)[] = [];
  version = -1;

  /** Gathers the places rows ids[from, to) will read, then reads them: sketches first, then what tracked numbers add. */
  touch(s: Touched, r: EventRows, ids: Float64Array, from: number, to: number): void {
    const mask = r.mask;
    const { out, outAdd, num, gate, primed, priming } = this;
    out.n = outAdd.n = num.n = gate.n = primed.n = priming.n = 0;
    const pm = s.priming.bucketMs;
    const om = s.outgoing.bucketMs;
    for (let k = from; k < to; k++) {
      const i = ids[k]! & mask;
      if (r.call[i] === 1) {
        const c1 = r.c1[i]!;
        outAdd.push(s.outgoing.whereAt(r.s1[i]!, Math.floor(r.ts[i]! / om)));
        const w = s.numbers.where(c1, r.c2[i]!);
        if (w >= 0) num.push(w);
        gate.push(s.gate.where(c1));
        continue;
      }
      if (r.snum[i] === 1) out.push(s.outgoing.where(r.so1[i]!));
      const s1 = r.s1[i]!;
      const epoch = Math.floor(r.ts[i]! / pm);
      for (const m of r.text[i]!.mentions) {
        const w = s.numbers.where(m.h1, m.h2);
        if (w >= 0) num.push(w);
        priming.push(s.priming.whereAt(mix32(s1, m.h2), epoch));
      }
    }
    let x = s.outgoing.touchAll(out) + s.outgoing.touchOne(outAdd) + s.numbers.touchAll(num) + s.gate.touchAll(gate) + s.priming.touchOne(priming);
    // a call to a tracked number also asks the priming ring: found now that the index is in cache
    const callee = this.callee;
    for (let k = from; k < to; k++) {
      const i = ids[k]! & mask;
      if (r.call[i] !== 1) continue;
      const st = s.numbers.get(r.c1[i]!, r.c2[i]!);
      callee[k - from] = st;
      if (st !== undefined) primed.push(s.priming.where(mix32(r.s1[i]!, r.c2[i]!)));
    }
    this.version = s.numbers.version;
    x += s.priming.touchAll(primed);
    this.touched ^= x;
  }
}
