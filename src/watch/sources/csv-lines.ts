// The common shape of a CSV event line read in one pass: columns in the default order, no quotes,
// numbers written as digits (a "+" at most), at most 32 fields. Numbers are hashed while their bytes
// are scanned, and a call touches no field array. Any other line is left to the general parser,
// which reads it to the same row (or reports it as malformed): this reader only goes faster.
import { H, hashDigitLanes, isNumericSender, trunkDigits, trunkValue } from '../hash.js';
import type { RowSink } from '../event-rows.js';
import { NO_TEXT } from '../prepare.js';
import type { Preparer, SenderInfo } from '../prepare.js';
import { epochMs } from './event-time.js';

const COMMA = 44;
const NL = 10;
const CR = 13;
const QUOTE = 34;
const PLUS = 43;
/** Fields a line may have (the general parser's limit). */
const MAX_FIELDS = 32;
/** Digits a number may have to be hashed as digits (see hashNumberBytes). */
const MAX_DIGITS = 15;
/** 2^-32: a product by it is exact. */
const TWO_TO_MINUS_32 = 2 ** -32;

export class CsvLines {
  /** The last number scanned: its digits as an integer, how many, where its "+" signs were. */
  private v = 0;
  private digits = 0;
  /**
   * Its value as hashDigits reads it (a trunk "8" of 11 digits as country code 7), split into the low
   * and high 32 bits: integers are handed on as they are, a double beyond them would be boxed.
   */
  private lo = 0;
  private hi = 0;
  /** The digit count that value has (a national number written without its country code gains it). */
  private keyDigits = 0;
  /** 0: none; 1: one, leading; 2: elsewhere or more (the digits alone do not give it back as written). */
  private plus = 0;
  /** The time of the line being read: kept here, as a time passed to a method would be boxed. */
  private ts = 0;

  constructor(
    private readonly prep: Preparer,
    private readonly sink: RowSink,
  ) {}

  /**
   * Reads the line at `pos` into a row when it has the common shape; returns where the next line
   * starts, or -1 (nothing done) when the line is of another shape or does not end within `len`.
   */
  line(data: Buffer, pos: number, len: number): number {
    // no read past the data: the engine would make this whole reader slower for it
    if (pos + 5 > len) return -1;
    const c0 = data[pos];
    let i: number;
    let call: boolean;
    if (c0 === 99 && data[pos + 1] === 97 && data[pos + 2] === 108 && data[pos + 3] === 108 && data[pos + 4] === COMMA) {
      call = true;
      i = pos + 5;
    } else if (c0 === 115 && data[pos + 1] === 109 && data[pos + 2] === 115 && data[pos + 3] === COMMA) {
      call = false;
      i = pos + 4;
    } else return -1;
    let ts = 0;
    const tsStart = i;
    for (; i < len; i++) {
      const d = data[i]! - 48;
      if (d < 0 || d > 9) break;
      ts = ts * 10 + d;
    }
    if (i === tsStart || i >= len || data[i] !== COMMA) return -1;
    i++;
    this.ts = epochMs(ts);
    return call ? this.call(data, i, len) : this.sms(data, i, len);
  }

  private call(data: Buffer, i: number, len: number): number {
    const ts = this.ts;
    const keyed = this.prep.keyed;
    const fromS = i;
    i = this.number(data, i, len);
    if (i < 0 || data[i] !== COMMA) return -1;
    const fromE = i;
    let s1 = 0;
    let s2 = 0;
    if (!keyed) {
      hashDigitLanes(this.lo, this.hi, this.keyDigits);
      s1 = H[0]!;
      s2 = H[1]!;
    }
    const toS = ++i;
    i = this.number(data, i, len);
    if (i < 0) return -1;
    const toE = i;
    const next = this.rest(data, i, len, 4);
    if (next < 0) return -1;
    const digits = this.digits;
    hashDigitLanes(this.lo, this.hi, this.keyDigits);
    const c1 = H[0]!;
    const c2 = H[1]!;
    if (keyed) {
      this.prep.subscriberBytes(data, fromS, fromE);
      s1 = H[0]!;
      s2 = H[1]!;
    }
    const rows = this.prep.rows;
    if (this.plus >= 2) {
      this.sink.pushRow(rows.callRow(ts, s1, s2, c1, c2, null, data, toS, toE));
      return next;
    }
    // the time and the callee's value are written here, not passed: doubles would be boxed on the way
    const seq = rows.alloc();
    const at = seq & rows.mask;
    rows.ts[at] = ts;
    rows.toNum[at] = this.v;
    rows.callDigitsAt(at, s1, s2, c1, c2, digits, this.plus === 1);
    this.sink.pushRow(seq);
    return next;
  }

  private sms(data: Buffer, i: number, len: number): number {
    const ts = this.ts;
    const fromS = i;
    // a sender written with digits (and "+") only: a phone number when it has five or more digits
    i = this.number(data, i, len);
    const phone = i >= 0 && this.digits >= 5;
    const lo = this.lo;
    const hi = this.hi;
    const digits = this.keyDigits;
    if (i < 0) i = this.plain(data, fromS, len);
    if (i < 0 || data[i] !== COMMA || i === fromS) return -1;
    const fromE = i;
    const toS = ++i;
    i = this.plain(data, i, len);
    if (i < 0 || data[i] !== COMMA || i === toS) return -1;
    const toE = i;
    // durationS, then mentioned, then text, each ending at a comma or (when the line ends) at the newline
    i = this.plain(data, i + 1, len);
    if (i < 0) return -1;
    let mS = i;
    let mE = i;
    let tS = i;
    let tE = i;
    if (data[i] === COMMA) {
      mS = i + 1;
      i = mE = this.plain(data, mS, len);
      if (i < 0) return -1;
      tS = tE = i;
      if (data[i] === COMMA) {
        tS = i + 1;
        i = tE = this.plain(data, tS, len);
        if (i < 0) return -1;
      }
    }
    const next = this.rest(data, i, len, 7);
    if (next < 0) return -1;
    const prep = this.prep;
    let text = NO_TEXT;
    if (mE > mS) text = prep.mentionedBytes(data, mS, mE);
    else if (tE > tS) text = prep.textBytes(data, tS, tE, 0);
    if (text.callsSender && (phone || isNumericSender(data, fromS, fromE))) text = prep.withSender(text, data.toString('latin1', fromS, fromE));
    if (text.mentions.length === 0 && !phone && !isNumericSender(data, fromS, fromE)) {
      this.sink.passSms(ts);
      return next;
    }
    // the recipient matters only to a message that names a number: most name none
    let s1 = 0;
    let s2 = 0;
    if (text.mentions.length > 0) {
      prep.subscriberBytes(data, toS, toE);
      s1 = H[0]!;
      s2 = H[1]!;
    }
    let sender: SenderInfo;
    if (phone && !prep.keyed) {
      hashDigitLanes(lo, hi, digits);
      sender = prep.phone(H[0]!, H[1]!);
    } else sender = prep.senderBytes(data, fromS, fromE);
    const rows = prep.rows;
    const seq = rows.alloc();
    rows.ts[seq & rows.mask] = ts;
    rows.smsAt(seq & rows.mask, s1, s2, sender, text);
    this.sink.pushRow(seq);
    return next;
  }

  /** Scans a number written with digits and "+" up to the next delimiter; -1 when it is not one. */
  private number(data: Buffer, i: number, len: number): number {
    const start = i;
    let v = 0;
    let digits = 0;
    let first = 0;
    let plus = 0;
    for (; i < len; i++) {
      const c = data[i]!;
      const d = c - 48;
      if (d >= 0 && d <= 9) {
        if (digits === 0) first = c;
        digits++;
        v = v * 10 + d;
      } else if (c === COMMA || c === NL || c === CR) break;
      else if (c === PLUS) plus = i === start ? 1 : 2;
      else return -1;
    }
    if (i >= len || digits === 0 || digits > MAX_DIGITS) return -1;
    this.v = v;
    this.digits = digits;
    this.plus = plus;
    // as hashDigits reads it
    const w = trunkValue(v, digits, first, plus !== 0);
    this.keyDigits = trunkDigits(digits, first, plus !== 0);
    this.lo = w | 0;
    this.hi = (w * TWO_TO_MINUS_32) | 0;
    return i;
  }

  /** Skips an unquoted field up to the next delimiter; -1 at a quote or at the end of the data. */
  private plain(data: Buffer, i: number, len: number): number {
    for (; i < len; i++) {
      const c = data[i]!;
      if (c === COMMA || c === NL || c === CR) return i;
      if (c === QUOTE) return -1;
    }
    return -1;
  }

  /**
   * From the delimiter at `i` that ends field `fields - 1`, skips the fields this reader ignores and
   * the line's end; returns where the next line starts, or -1.
   */
  private rest(data: Buffer, i: number, len: number, fields: number): number {
    let f = fields;
    for (; i < len; i++) {
      const c = data[i]!;
      if (c === NL) return i + 1;
      if (c === COMMA) {
        if (++f > MAX_FIELDS) return -1;
      } else if (c === QUOTE) return -1;
      else if (c === CR) return i + 1 < len && data[i + 1] === NL ? i + 2 : -1;
    }
    return -1;
  }
}
