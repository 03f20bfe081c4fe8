// Bounded-lateness reordering: events are held in per-second slots and released in event-time order
// once the newest event seen is `latenessMs` ahead of them. An event older than what was already
// released is handed on at once and counted as late (sketches accept it; it may miss a priming).

export interface Timed {
  ts: number;
}

export class Reorder<T extends Timed> {
  private readonly slots: T[][];
  private readonly lateSec: number;
  /** Seconds ≤ released have been handed on; seconds in (released, maxSec] are held. */
  private released = Number.NEGATIVE_INFINITY;
  private maxSec = Number.NEGATIVE_INFINITY;
  late = 0;
  held = 0;

  constructor(
    latenessMs: number,
    private readonly out: (e: T) => void,
  ) {
    this.lateSec = Math.ceil(latenessMs / 1000);
    this.slots = Array.from({ length: this.lateSec + 1 }, () => []);
  }

  /** The newest event time seen (the detector's clock). */
  get watermark(): number {
    return this.maxSec === Number.NEGATIVE_INFINITY ? Number.NEGATIVE_INFINITY : this.maxSec * 1000;
  }

  push(e: T): void {
    const sec = Math.floor(e.ts / 1000);
    if (sec <= this.released) {
      this.late++;
      this.out(e);
      return;
    }
    if (sec > this.maxSec) {
      const upTo = sec - this.lateSec - 1;
      if (this.maxSec !== Number.NEGATIVE_INFINITY) {
        const from = Math.max(this.released + 1, this.maxSec - this.lateSec);
        for (let s = from; s <= Math.min(upTo, this.maxSec); s++) this.releaseSec(s);
      }
      if (upTo > this.released) this.released = upTo;
      this.maxSec = sec;
    }
    this.slots[sec % this.slots.length]!.push(e);
    this.held++;
  }

  /** Hands on everything held, in order. */
  flush(): void {
    if (this.maxSec === Number.NEGATIVE_INFINITY) return;
    for (let s = Math.max(this.released + 1, this.maxSec - this.lateSec); s <= this.maxSec; s++) this.releaseSec(s);
    this.released = this.maxSec;
  }

  private releaseSec(s: number): void {
    const slot = this.slots[((s % this.slots.length) + this.slots.length) % this.slots.length]!;
    if (slot.length === 0) return;
    for (const e of slot) this.out(e);
    this.held -= slot.length;
    slot.length = 0;
  }
}
