// Bounded-lateness reordering: events are held in per-second slots and released in event-time order
// once the newest event seen is `latenessMs` ahead of them. An event older than what was already
// released is handed on at once and counted as late (sketches accept it; it may miss a priming).
// Events are rows of the caller's own store, named by an increasing id: the slots hold ids only,
// and a released second is handed on as one run of ids (so the caller can work on it as a batch).

export class Reorder {
  private readonly slots: Float64Array[];
  private readonly lens: Int32Array;
  private readonly lateSec: number;
  /** Seconds ≤ released have been handed on; seconds in (released, maxSec] are held. */
  private released = Number.NEGATIVE_INFINITY;
  private maxSec = Number.NEGATIVE_INFINITY;
  late = 0;
  held = 0;
  private readonly one = new Float64Array(1);
  /** The slot of the second pushed last: events come mostly in order, most land in the same second. */
  private lastSec = Number.NaN;
  private lastSlot = 0;

  constructor(
    latenessMs: number,
    /** Receives ids[0..n) in order. */
    private readonly out: (ids: Float64Array, n: number) => void,
  ) {
    this.lateSec = Math.ceil(latenessMs / 1000);
    const n = this.lateSec + 1;
    this.slots = Array.from({ length: n }, () => new Float64Array(16));
    this.lens = new Int32Array(n);
  }

  /** The newest event time seen (the detector's clock). */
  get watermark(): number {
    return this.maxSec === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : this.maxSec * 1000;
  }

  /** The smallest id held, or undefined when nothing is (ids are pushed in increasing order). */
  oldest(): number | undefined {
    let min: number | undefined;
    for (let s = 0; s < this.slots.length; s++) {
      if (this.lens[s]! > 0 && (min === undefined || this.slots[s]![0]! < min)) min = this.slots[s]![0]!;
    }
    return min;
  }

  push(ts: number, id: number): void {
    this.pushSec(Math.floor(ts / 1000), id);
  }

  /** push() for an event in second `sec` of event time (an integer: passed as it is, where a time would be boxed). */
  pushSec(sec: number, id: number): void {
    if (sec <= this.released) {
      this.late++;
      this.one[0] = id;
      this.out(this.one, 1);
      return;
    }
    if (sec > this.maxSec) this.moveTo(sec);
    if (sec !== this.lastSec) {
      this.lastSec = sec;
      this.lastSlot = this.slotOf(sec);
    }
    const k = this.lastSlot;
    let slot = this.slots[k]!;
    const n = this.lens[k]!;
    if (n === slot.length) {
      const bigger = new Float64Array(2 * n);
      bigger.set(slot);
      this.slots[k] = slot = bigger;
    }
    slot[n] = id;
    this.lens[k] = n + 1;
    this.held++;
  }

  /** Moves the clock as push() does, for an event at `ts` that has nothing to apply. */
  advance(ts: number): void {
    const sec = Math.floor(ts / 1000);
    if (sec <= this.released) this.late++;
    else if (sec > this.maxSec) this.moveTo(sec);
  }

  /** The newest second seen becomes `sec`: what is now `lateSec` behind it is handed on. */
  private moveTo(sec: number): void {
    const upTo = sec - this.lateSec - 1;
    if (this.maxSec !== Number.NEGATIVE_INFINITY) {
      const from = Math.max(this.released + 1, this.maxSec - this.lateSec);
      const to = Math.min(upTo, this.maxSec);
      for (let s = from; s <= to; s++) this.releaseSec(s);
    }
    if (upTo > this.released) this.released = upTo;
    this.maxSec = sec;
  }

  /** Hands on everything held, in order. */
  flush(): void {
    if (this.maxSec === Number.NEGATIVE_INFINITY) return;
    for (let s = Math.max(this.released + 1, this.maxSec - this.lateSec); s <= this.maxSec; s++) this.releaseSec(s);
    this.released = this.maxSec;
  }

  private slotOf(sec: number): number {
    const n = this.slots.length;
    return ((sec % n) + n) % n;
  }

  private releaseSec(s: number): void {
    const k = this.slotOf(s);
    const n = this.lens[k]!;
    if (n === 0) return;
    this.out(this.slots[k]!, n);
    this.lens[k] = 0;
    this.held -= n;
  }
}
