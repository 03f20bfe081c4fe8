// One run of digit groups as people write a number ("+7 (701) 123-45-67", "8 701 123 45 67", "87O1…"): where
// its groups stand, how they were written and their digits, read in one scan into arrays reused from run to run.
// A message has a few runs and most are no number, so nothing is allocated for a run.
import * as chars from './chars.js';
import * as normalize from './normalize.js';
import { FILLER } from './spelled.js';

// Local copies: an imported binding read in a per-character loop costs a call each under some loaders.
const isDigit = chars.isDigit;
const isZeroLetter = normalize.isZeroLetter;
const letterAt = chars.letterAt;

/** Separators one number may have in a row between two groups. */
const MAX_SEP = 3;

/** The group starts with "+". */
export const PLUS = 1;
/** Look-alike zeros are among its digits. */
export const LETTERS = 2;
/** A dot was among the separators before this group inside the run. */
export const SEP_DOT = 4;

function isSep(c: number): boolean {
  // space, no-break and thin spaces, ( ) - . /, the typographic hyphens and dashes (U+2010–2014) and the minus
  // sign that word processors and web pages put between digit groups; not newlines: a number does not span lines
  return c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e || c === 0x2f || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;
}

/** A run of look-alike zeros counts as digits only when it touches a digit and no other letter. */
export function zeroRunAccepted(text: string, at: number): number {
  let j = at;
  while (j < text.length && isZeroLetter(text.charCodeAt(j))) j++;
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  const after = j < text.length ? text.charCodeAt(j) : -1;
  if (!isDigit(before) && !isDigit(after)) return 0;
  if (letterAt(text, j) || letterAt(text, at - 1)) return 0;
  return j - at;
}

function grownInt(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export class DigitRun {
  /** Groups in the current run. */
  groupCount = 0;
  gStart: Int32Array = new Int32Array(16);
  gEnd: Int32Array = new Int32Array(16);
  /** Where the group's digits start in `digs`, and how many it has. */
  gOff: Int32Array = new Int32Array(16);
  gLen: Int32Array = new Int32Array(16);
  /** PLUS | LETTERS | SEP_DOT */
  gFlags = new Uint8Array(16);
  /** The run's digits as values 0–9 (look-alike zeros as 0), group after group. */
  digs = new Uint8Array(64);
  digCount = 0;

  private openGroup(start: number, flags: number): void {
    const k = this.groupCount;
    if (k === this.gStart.length) {
      const size = k * 2;
      this.gStart = grownInt(this.gStart, size);
      this.gEnd = grownInt(this.gEnd, size);
      this.gOff = grownInt(this.gOff, size);
      this.gLen = grownInt(this.gLen, size);
      const f = new Uint8Array(size);
      f.set(this.gFlags);
      this.gFlags = f;
    }
    this.gStart[k] = start;
    this.gEnd[k] = start;
    this.gOff[k] = this.digCount;
    this.gLen[k] = 0;
    this.gFlags[k] = flags;
    this.groupCount = k + 1;
  }

  private pushDigit(d: number): void {
    if (this.digCount === this.digs.length) {
      const b = new Uint8Array(this.digCount * 2);
      b.set(this.digs);
      this.digs = b;
    }
    this.digs[this.digCount++] = d;
  }

  /** Reads the run of digit groups starting at i; returns where it ended. */
  scan(text: string, i: number): number {
    this.groupCount = 0;
    this.digCount = 0;
    /** Whether the last group is still open (no separator since its last digit). */
    let open = false;
    let sepLen = 0;
    let sepDot = false;
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (isDigit(c)) {
        if (!open) {
          this.openGroup(j, sepDot ? SEP_DOT : 0);
          open = true;
        }
        this.pushDigit(c - 0x30);
        j++;
        this.gEnd[this.groupCount - 1] = j;
        sepLen = 0;
        sepDot = false;
        continue;
      }
      if (c === FILLER) {
        // the rest of a word written for a digit (see spelled.ts): part of the digit before it
        j++;
        if (open) this.gEnd[this.groupCount - 1] = j;
        continue;
      }
      if (c === 0x2b && !open && j + 1 < text.length && isDigit(text.charCodeAt(j + 1))) {
        this.openGroup(j, PLUS | (sepDot ? SEP_DOT : 0));
        open = true;
        j++;
        this.gEnd[this.groupCount - 1] = j;
        sepLen = 0;
        sepDot = false;
        continue;
      }
      if (isZeroLetter(c)) {
        const n = zeroRunAccepted(text, j);
        if (n > 0) {
          if (!open) {
            this.openGroup(j, sepDot ? SEP_DOT : 0);
            open = true;
          }
          this.gFlags[this.groupCount - 1] = this.gFlags[this.groupCount - 1]! | LETTERS;
          for (let z = 0; z < n; z++) this.pushDigit(0);
          j += n;
          this.gEnd[this.groupCount - 1] = j;
          sepLen = 0;
          sepDot = false;
          continue;
        }
        break;
      }
      if (isSep(c)) {
        if (open) {
          this.gLen[this.groupCount - 1] = this.digCount - this.gOff[this.groupCount - 1]!;
          open = false;
        }
        // dots and slashes inside a number are written to slip past filters, not to be read
        if (c === 0x2e || c === 0x2f) sepDot = true;
        if (++sepLen > MAX_SEP) break;
        j++;
        continue;
      }
      break;
    }
    if (open) this.gLen[this.groupCount - 1] = this.digCount - this.gOff[this.groupCount - 1]!;
    return j;
  }

  /** digs[from, from + count) as a string, after a "+" when plus. */
  digitString(from: number, count: number, plus: boolean): string {
    let s = plus ? '+' : '';
    for (let i = from; i < from + count; i++) s += String.fromCharCode(0x30 + this.digs[i]!);
    return s;
  }

  /** Whether groups [from, to] were written to dodge filters (look-alike zeros, dots, digits spaced out). */
  obfuscated(from: number, to: number): boolean {
    if (to - from + 1 > 6) return true;
    for (let idx = from; idx <= to; idx++) {
      if ((this.gFlags[idx]! & (LETTERS | SEP_DOT)) !== 0 || (idx > from && this.gLen[idx] === 1)) return true;
    }
    return false;
  }
}
