// Prepared events as rows of a growable ring of columns, addressed by a sequence number that only
// grows: a file source writes millions of events a second, and one object per event would leave
// as much garbage. A row lives until the reorder buffer has handed it on; the ring grows rather
// than overwrite a row still held. A callee read from a file is kept as its digits (when written
// with digits only) or copied into the ring's own bytes, so no row keeps a read buffer alive. A
// column a row of its kind does not use keeps whatever it held (it is never read for that row).
import type { SenderInfo, TextInfo } from './prepare.js';

/** One row as an object, for tests and baselines (the hot path reads the columns). */
export interface Prepared {
  ts: number;
  call: boolean;
  /** Subscriber lanes: the caller of a call, the recipient of an SMS. */
  s1: number;
  s2: number;
  /** Call: the callee's lanes. */
  c1: number;
  c2: number;
  sender: SenderInfo | null;
  text: TextInfo | null;
}

/** Bytes of a callee kept in the row itself; a longer one is kept as a string. */
const CALLEE_BYTES = 24;
/** toLen of a callee kept as a string in `to`. */
const CALLEE_STRING = 255;
/** toLen of a callee kept in toNum: this plus its digit count, and PLUS more when written with a leading "+". */
const CALLEE_DIGITS = 32;
const PLUS = 64;

export class EventRows {
  mask!: number;
  ts!: Float64Array;
  call!: Uint8Array;
  s1!: Int32Array;
  s2!: Int32Array;
  c1!: Int32Array;
  c2!: Int32Array;
  /** SMS: the sender's facts, copied in (see SenderInfo), so a sender met once leaves no object behind. */
  sh!: Int32Array;
  snum!: Uint8Array;
  so1!: Int32Array;
  so2!: Int32Array;
  sorg!: (string | undefined)[];
  text!: (TextInfo | null)[];
  /**
   * Call: the callee as written, to name a number that starts being tracked. toLen says where: a
   * string in `to`, its digits as an integer in toNum, or toLen bytes at CALLEE_BYTES × row of toBytes.
   */
  to!: (string | null)[];
  toNum!: Float64Array;
  toBytes!: Uint8Array;
  toLen!: Uint8Array;
  /** Sequence number of the next row. */
  next = 0;
  /** Rows below this sequence number are known to be handed on (refreshed when the ring looks full). */
  private low = 0;
  /** The oldest row still held by a consumer, or `next` when none is. */
  oldestLive: () => number = () => this.next;

  constructor(capacity = 1 << 16) {
    let cap = 1024;
    while (cap < capacity) cap *= 2;
    this.allocate(cap);
  }

  get capacity(): number {
    return this.mask + 1;
  }

  /** Reserves the next row and returns its sequence number; read and write it at `seq & mask`. */
  alloc(): number {
    if (this.next - this.low > this.mask) {
      this.low = this.oldestLive();
      if (this.next - this.low > this.mask) this.grow();
    }
    return this.next++;
  }

  sms(ts: number, s1: number, s2: number, sender: SenderInfo, text: TextInfo): number {
    const seq = this.alloc();
    const i = seq & this.mask;
    this.ts[i] = ts;
    this.smsAt(i, s1, s2, sender, text);
    return seq;
  }

  /** sms() for the row at index `i` of a sequence number just reserved, whose `ts` the caller has written (see callDigitsAt). */
  smsAt(i: number, s1: number, s2: number, sender: SenderInfo, text: TextInfo): void {
    this.call[i] = 0;
    this.s1[i] = s1;
    this.s2[i] = s2;
    this.sh[i] = sender.h;
    this.snum[i] = sender.numeric ? 1 : 0;
    this.so1[i] = sender.o1;
    this.so2[i] = sender.o2;
    this.sorg[i] = sender.org;
    this.text[i] = text;
  }

  callRow(ts: number, s1: number, s2: number, c1: number, c2: number, to: string | null, tb: Uint8Array | null, tbs: number, tbe: number): number {
    const seq = this.callHead(ts, s1, s2, c1, c2);
    const i = seq & this.mask;
    if (to === null && tb !== null && tbe - tbs <= CALLEE_BYTES) {
      const at = i * CALLEE_BYTES;
      for (let k = tbs; k < tbe; k++) this.toBytes[at + k - tbs] = tb[k]!;
      this.toLen[i] = tbe - tbs;
    } else {
      this.to[i] = to ?? (tb ? Buffer.from(tb.buffer, tb.byteOffset, tb.byteLength).toString('latin1', tbs, tbe) : '');
      this.toLen[i] = CALLEE_STRING;
    }
    return seq;
  }

  /** callRow() for a callee written as `digits` digits (at most 15) read as the integer v, after a "+" when `plus`. */
  callDigits(ts: number, s1: number, s2: number, c1: number, c2: number, v: number, digits: number, plus: boolean): number {
    const seq = this.alloc();
    const i = seq & this.mask;
    this.ts[i] = ts;
    this.toNum[i] = v;
    this.callDigitsAt(i, s1, s2, c1, c2, digits, plus);
    return seq;
  }

  /**
   * callDigits() for the row at index `i` (seq & mask) of a sequence number just reserved, whose `ts`
   * and `toNum` the caller has written: the file reader's fast path, which passes no double.
   */
  callDigitsAt(i: number, s1: number, s2: number, c1: number, c2: number, digits: number, plus: boolean): void {
    this.call[i] = 1;
    this.s1[i] = s1;
    this.s2[i] = s2;
    this.c1[i] = c1;
    this.c2[i] = c2;
    this.toLen[i] = CALLEE_DIGITS + digits + (plus ? PLUS : 0);
  }

  /** Reserves a call row and writes what every call row has; the callee is written by the caller. */
  private callHead(ts: number, s1: number, s2: number, c1: number, c2: number): number {
    const seq = this.alloc();
    const i = seq & this.mask;
    this.ts[i] = ts;
    this.call[i] = 1;
    this.s1[i] = s1;
    this.s2[i] = s2;
    this.c1[i] = c1;
    this.c2[i] = c2;
    return seq;
  }

  /** The callee of a call row as written. */
  callee(i: number): string {
    const k = this.toLen[i]!;
    if (k === CALLEE_STRING) return this.to[i] ?? '';
    if (k >= CALLEE_DIGITS) {
      const digits = String(this.toNum[i]!).padStart((k - CALLEE_DIGITS) & (PLUS - 1), '0');
      return k >= CALLEE_DIGITS + PLUS ? `+${digits}` : digits;
    }
    const at = i * CALLEE_BYTES;
    return Buffer.from(this.toBytes.buffer, this.toBytes.byteOffset + at, k).toString('latin1');
  }

  view(seq: number): Prepared {
    const i = seq & this.mask;
    const call = this.call[i] === 1;
    return { ts: this.ts[i]!, call, s1: this.s1[i]!, s2: this.s2[i]!, c1: call ? this.c1[i]! : 0, c2: call ? this.c2[i]! : 0, sender: call ? null : { h: this.sh[i]!, numeric: this.snum[i] === 1, org: this.sorg[i], o1: this.so1[i]!, o2: this.so2[i]! }, text: call ? null : this.text[i] ?? null };
  }

  /** Fresh, empty columns of `cap` rows (a power of two). */
  private allocate(cap: number): void {
    this.mask = cap - 1;
    this.ts = new Float64Array(cap);
    this.call = new Uint8Array(cap);
    this.s1 = new Int32Array(cap);
    this.s2 = new Int32Array(cap);
    this.c1 = new Int32Array(cap);
    this.c2 = new Int32Array(cap);
    this.sh = new Int32Array(cap);
    this.snum = new Uint8Array(cap);
    this.so1 = new Int32Array(cap);
    this.so2 = new Int32Array(cap);
    this.sorg = new Array<string | undefined>(cap).fill(undefined);
    this.text = new Array<TextInfo | null>(cap).fill(null);
    this.to = new Array<string | null>(cap).fill(null);
    this.toNum = new Float64Array(cap);
    this.toBytes = new Uint8Array(cap * CALLEE_BYTES);
    this.toLen = new Uint8Array(cap);
  }

  /** Doubles the ring, moving the live rows [low, next) to their places under the new mask. */
  private grow(): void {
    const old = { mask: this.mask, ts: this.ts, call: this.call, s1: this.s1, s2: this.s2, c1: this.c1, c2: this.c2, sh: this.sh, snum: this.snum, so1: this.so1, so2: this.so2, sorg: this.sorg, text: this.text, to: this.to, toNum: this.toNum, toBytes: this.toBytes, toLen: this.toLen };
    this.allocate(2 * (this.mask + 1));
    for (let seq = this.low; seq < this.next; seq++) {
      const a = seq & old.mask;
      const b = seq & this.mask;
      this.ts[b] = old.ts[a]!;
      this.call[b] = old.call[a]!;
      this.s1[b] = old.s1[a]!;
      this.s2[b] = old.s2[a]!;
      this.c1[b] = old.c1[a]!;
      this.c2[b] = old.c2[a]!;
      this.sh[b] = old.sh[a]!;
      this.snum[b] = old.snum[a]!;
      this.so1[b] = old.so1[a]!;
      this.so2[b] = old.so2[a]!;
      this.sorg[b] = old.sorg[a];
      this.text[b] = old.text[a] ?? null;
      this.to[b] = old.to[a] ?? null;
      this.toNum[b] = old.toNum[a]!;
      this.toLen[b] = old.toLen[a]!;
      this.toBytes.set(old.toBytes.subarray(a * CALLEE_BYTES, (a + 1) * CALLEE_BYTES), b * CALLEE_BYTES);
    }
  }
}

/** Where a source hands the rows it writes (the detector, or a baseline). */
export interface RowSink {
  pushRow(seq: number): void;
  /**
   * An SMS that names no number, from a sender that is not a phone number: it changes no state, only
   * the clock, so it is handed on without a row (a third of an operator's SMS are such notices).
   */
  passSms(ts: number): void;
}
