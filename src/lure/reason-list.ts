// The reasons of one message as they are found: one per code and wording ("Kaspi" twice is one claim),
// and the codes that fired, in the order they fired (the outcome is looked up by that order).
import type { CodeTable } from './code-table.js';
import { grown } from './grown.js';
import type { Reason } from './types.js';

/** Up to this many reasons are sorted by insertion (huge texts can have thousands). */
const SMALL = 32;

export class ReasonList {
  /** Codes that fired, each once, in firing order. */
  codes = new Int32Array(32);
  codeCount = 0;
  reasons: Reason[] = [];
  private present = new Uint8Array(64);
  /** The code of each reason, by its index in `reasons`. */
  private reasonCode = new Int32Array(32);
  /** Lower-cased text of a reason, filled in only when a second reason of its code comes along (by index; mostly empty). */
  private lower: (string | undefined)[] = [];
  private text = '';
  private sender = '';

  constructor(private readonly table: CodeTable) {}

  /** Starts a message; the previous `reasons` array is left to whoever holds it. */
  reset(text: string, sender: string | undefined): void {
    for (let i = 0; i < this.codeCount; i++) this.present[this.codes[i]!] = 0;
    this.codeCount = 0;
    this.reasons = [];
    if (this.lower.length > 0) this.lower = [];
    this.text = text;
    this.sender = sender ?? '';
  }

  has(code: number): boolean {
    return code < this.present.length && this.present[code] === 1;
  }

  /** Adds a reason of this code, weighing what its code weighs unless `weight` says otherwise. */
  add(code: number, span: [number, number], weight = this.table.weight(code)): void {
    this.addShowing(code, span, weight, this.shownFor(span[0], span[1]));
  }

  /**
   * add(code, [from, to]), with the span made only for a reason that is kept: about a third of a message's
   * hits repeat a reason it has already.
   */
  addAt(code: number, from: number, to: number): void {
    if (this.firing(code) && this.isRepeat(code, from, to)) return;
    this.push(code, [from, to], this.table.weight(code), this.shownFor(from, to));
  }

  /** A reason with no place in the text is about the sender, and shows it. */
  private shownFor(from: number, to: number): string | undefined {
    return to > from ? undefined : this.sender;
  }

  /**
   * Adds a reason whose text is `shown` when given (a caller that holds text[span] already, such as a
   * number's raw form, passes it rather than have it cut again), else text[span].
   */
  addShowing(code: number, span: [number, number], weight: number, shown: string | undefined): void {
    if (this.firing(code) && this.isRepeat(code, span[0], span[1])) return;
    this.push(code, span, weight, shown);
  }

  /** Notes that a reason of this code comes; whether one came before (only then can it be a repeat). */
  private firing(code: number): boolean {
    if (code >= this.present.length) {
      this.present = grown(this.present, Math.max(code + 1, this.present.length * 2));
    }
    if (this.present[code] === 1) return true;
    this.present[code] = 1;
    if (this.codeCount === this.codes.length) this.codes = grown(this.codes, this.codes.length * 2);
    this.codes[this.codeCount++] = code;
    return false;
  }

  private push(code: number, span: [number, number], weight: number, shown: string | undefined): void {
    const k = this.reasons.length;
    if (k === this.reasonCode.length) this.reasonCode = grown(this.reasonCode, k * 2);
    this.reasonCode[k] = code;
    this.reasons.push({ code: this.table.names[code]!, weight, span, text: shown ?? this.text.slice(span[0], span[1]) });
  }

  /** The reasons, strongest first, then in text order; ties keep the order they were found in. */
  sorted(): Reason[] {
    const list = this.reasons;
    if (list.length > SMALL) return list.sort((a, b) => b.weight - a.weight || a.span[0] - b.span[0]);
    // A message has a handful of reasons: a stable insertion sort without a comparator call beats Array#sort.
    for (let i = 1; i < list.length; i++) {
      const r = list[i]!;
      let j = i - 1;
      while (j >= 0 && (list[j]!.weight < r.weight || (list[j]!.weight === r.weight && list[j]!.span[0] > r.span[0]))) {
        list[j + 1] = list[j]!;
        j--;
      }
      list[j + 1] = r;
    }
    return list;
  }

  /** Whether a reason of this code already has the same wording (compared lower-cased), or is also about the sender. */
  private isRepeat(code: number, from: number, to: number): boolean {
    const empty = !(to > from);
    for (let k = 0; k < this.reasons.length; k++) {
      if (this.reasonCode[k] !== code) continue;
      const other = this.reasons[k]!;
      const otherEmpty = !(other.span[1] > other.span[0]);
      if (empty || otherEmpty) {
        if (empty && otherEmpty) return true;
        continue;
      }
      // "қоңырау" read as a call-back inside the call-back "қоңырау шалыңыз": one request, shown once
      if (other.span[0] <= from && to <= other.span[1]) return true;
      if (this.sameLower(from, to, k)) return true;
    }
    return false;
  }

  /**
   * text[span] and reason k's text, lower-cased, are equal. Most characters lower-case to one character
   * whatever surrounds them, so position by position while both sides are such characters: the first pair
   * that differs settles it; anything else is left to toLowerCase.
   */
  private sameLower(from: number, to: number, k: number): boolean {
    const text = this.text;
    const other = this.reasons[k]!.text;
    const len = to - from;
    if (len === other.length) {
      let i = 0;
      for (; i < len; i++) {
        const a = lowerOf(text.charCodeAt(from + i));
        const b = lowerOf(other.charCodeAt(i));
        if (a < 0 || b < 0) break;
        if (a !== b) return false;
      }
      if (i === len) return true;
    } else if (isSimple(text, from, to) && isSimple(other, 0, other.length)) return false;
    const mine = text.slice(from, to).toLowerCase();
    return mine === (this.lower[k] ??= other.toLowerCase());
  }
}

function isSimple(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (lowerOf(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** Per code unit: 0 not asked yet, else its one-character lower case + 1, or -1 when it has none. */
const LOWER = new Int32Array(65536);

/**
 * The lower case of a code unit that lower-cases to one code unit on its own; -1 for the others: surrogates,
 * characters that become two ("İ"), and Σ, whose lower case depends on its neighbours.
 */
function lowerOf(c: number): number {
  let v = LOWER[c]!;
  if (v === 0) {
    const l = c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) ? '' : String.fromCharCode(c).toLowerCase();
    v = l.length === 1 ? l.charCodeAt(0) + 1 : -1;
    LOWER[c] = v;
  }
  return v < 0 ? -1 : v - 1;
}
