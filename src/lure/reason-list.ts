// The reasons of one message as they are found: one per code and wording ("Kaspi" twice is one claim),
// and the codes that fired, in the order they fired (the outcome is looked up by that order).
import type { CodeTable } from './code-table.js';
import type { Reason } from './types.js';

/** Up to this many reasons are sorted by insertion (huge texts can have thousands). */
const SMALL = 32;

export class ReasonList {
  /** Codes that fired, each once, in firing order. */
  codes = new Int32Array(32);
  codeCount = 0;
  reasons: Reason[] = [];
  private present = new Uint8Array(64);
  private reasonCode: number[] = [];
  /** Lower-cased text of each reason, filled in only when a second reason of its code comes along. */
  private lower: (string | undefined)[] = [];
  private text = '';
  private sender = '';

  constructor(private readonly table: CodeTable) {}

  /** Starts a message; the previous `reasons` array is left to whoever holds it. */
  reset(text: string, sender: string | undefined): void {
    for (let i = 0; i < this.codeCount; i++) this.present[this.codes[i]!] = 0;
    this.codeCount = 0;
    this.reasons = [];
    this.reasonCode.length = 0;
    this.lower.length = 0;
    this.text = text;
    this.sender = sender ?? '';
  }

  has(code: number): boolean {
    return code < this.present.length && this.present[code] === 1;
  }

  add(code: number, span: [number, number]): void {
    if (code >= this.present.length) {
      const grown = new Uint8Array(Math.max(code + 1, this.present.length * 2));
      grown.set(this.present);
      this.present = grown;
    }
    if (this.present[code] === 0) {
      this.present[code] = 1;
      if (this.codeCount === this.codes.length) {
        const grown = new Int32Array(this.codes.length * 2);
        grown.set(this.codes);
        this.codes = grown;
      }
      this.codes[this.codeCount++] = code;
    } else if (this.isRepeat(code, span)) return;
    const text = this.text;
    this.reasons.push({ code: this.table.names[code]!, weight: this.table.weight(code), span, text: span[1] > span[0] ? text.slice(span[0], span[1]) : this.sender });
    this.reasonCode.push(code);
    this.lower.push(undefined);
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
  private isRepeat(code: number, span: [number, number]): boolean {
    const empty = !(span[1] > span[0]);
    for (let k = 0; k < this.reasons.length; k++) {
      if (this.reasonCode[k] !== code) continue;
      const other = this.reasons[k]!;
      const otherEmpty = !(other.span[1] > other.span[0]);
      if (empty || otherEmpty) {
        if (empty && otherEmpty) return true;
        continue;
      }
      if (this.sameLower(span, k)) return true;
    }
    return false;
  }

  /** text[span] and reason k's text, lower-cased, are equal: letter by letter for ASCII and Russian letters, else by toLowerCase. */
  private sameLower(span: [number, number], k: number): boolean {
    const text = this.text;
    const other = this.reasons[k]!.text;
    if (isSimple(text, span[0], span[1]) && isSimple(other, 0, other.length)) {
      // Lower-casing these maps each character to one character on its own: compare position by position.
      const len = span[1] - span[0];
      if (len !== other.length) return false;
      for (let i = 0; i < len; i++) if (simpleLower(text.charCodeAt(span[0] + i)) !== simpleLower(other.charCodeAt(i))) return false;
      return true;
    }
    const mine = text.slice(span[0], span[1]).toLowerCase();
    return mine === (this.lower[k] ??= other.toLowerCase());
  }
}

function isSimple(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (simpleLower(s.charCodeAt(i)) < 0) return false;
  return true;
}

/** Lower case of an ASCII character or a Russian letter (Ѐ–я, ѐ–џ); -1 for characters left to toLowerCase. */
function simpleLower(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c >= 0x430 && c <= 0x45f) return c;
  return -1;
}
