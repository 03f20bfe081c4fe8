// Splits a text into words over folded, look-alike-resolved characters, remembering where each came from.
// One pass with reusable typed buffers: this runs for every message, so it allocates almost nothing.
import type { CharTable } from './char-table.js';
import * as chars from './char-table.js';
import * as fnv from './token-cache.js';
import { grown } from './grown.js';
import { CodeUnits } from './code-units.js';

// Local copies: module bindings read in the per-character loop cost a call each under some loaders.
const SEP = chars.SEP;
const CYR = chars.CYR;
const LAT = chars.LAT;
const INVISIBLE = chars.INVISIBLE;
const SIGN = chars.SIGN;
const FNV_OFFSET = fnv.FNV_OFFSET;
const FNV_PRIME = fnv.FNV_PRIME;
const hashOf = fnv.hashOf;

/** The enclosing keycap mark, U+20E3. */
const KEYCAP = 0x20e3;

export const SCRIPT_CYR = 1;
export const SCRIPT_LAT = 2;

export interface Tokens {
  count: number;
  /** Folded characters of all words, back to back. */
  buf: Uint16Array;
  bufStart: Int32Array;
  bufEnd: Int32Array;
  /** Original UTF-16 offsets of the word, end exclusive. */
  origStart: Int32Array;
  origEnd: Int32Array;
  /** SCRIPT_CYR or SCRIPT_LAT (majority script), 0 for numbers. */
  script: Uint8Array;
  /** 1 when the word mixes digits into letters, so digits are read as letters while matching. */
  leet: Uint8Array;
  /** 1 when the word was joined from spaced letters: its word boundaries are unknown. */
  spaced: Uint8Array;
  /** 1 when the word has both Cyrillic and Latin letters (before they were rewritten in its majority script). */
  mixed: Uint8Array;
  /** FNV-1a hash of the word's folded characters (token-cache.ts), computed while reading them. */
  hash: Int32Array;
  /** Letters only Kazakh uses, in the whole text. */
  kkLetters: number;
  /** Digits in the whole text (0-9 and the other forms, which read as them). */
  digits: number;
  /** Digits in other forms than 0-9 ("８", "⑧", keycap marks; plain-digits.ts) in the whole text. */
  otherDigits: number;
}

/** Words made of single letters with tiny gaps ("п е р е з в о н и т е") are joined when at least this long. */
const SPACED_MIN = 4;
const SPACED_MAX_GAP = 3;

export class Tokenizer {
  private readonly t: CharTable;
  private readonly out: Tokens;
  private nCyr: Int32Array = new Int32Array(64);
  private nLat: Int32Array = new Int32Array(64);
  private nDig: Int32Array = new Int32Array(64);
  private readonly codeUnits = new CodeUnits();

  constructor(table: CharTable) {
    this.t = table;
    this.out = {
      count: 0,
      buf: new Uint16Array(1024),
      bufStart: new Int32Array(64),
      bufEnd: new Int32Array(64),
      origStart: new Int32Array(64),
      origEnd: new Int32Array(64),
      script: new Uint8Array(64),
      leet: new Uint8Array(64),
      spaced: new Uint8Array(64),
      mixed: new Uint8Array(64),
      hash: new Int32Array(64),
      kkLetters: 0,
      digits: 0,
      otherDigits: 0,
    };
  }

  private grow(n: number): void {
    const o = this.out;
    if (n < o.bufStart.length) return;
    const size = Math.max(n + 1, o.bufStart.length * 2);
    o.bufStart = grown(o.bufStart, size);
    o.bufEnd = grown(o.bufEnd, size);
    o.origStart = grown(o.origStart, size);
    o.origEnd = grown(o.origEnd, size);
    o.hash = grown(o.hash, size);
    this.nCyr = grown(this.nCyr, size);
    this.nLat = grown(this.nLat, size);
    this.nDig = grown(this.nDig, size);
    // Words are settled as they close, so what earlier words got is kept.
    o.script = grown(o.script, size);
    o.leet = grown(o.leet, size);
    o.spaced = grown(o.spaced, size);
    o.mixed = grown(o.mixed, size);
  }

  /** Tokenizes text; the returned object is reused by the next call. */
  run(text: string): Tokens {
    const packed = this.t.packed;
    const o = this.out;
    if (o.buf.length < text.length) o.buf = new Uint16Array(Math.max(text.length, o.buf.length * 2));
    const units = this.codeUnits.load(text);
    const buf = o.buf;
    let n = 0;
    let b = 0;
    let kkCount = 0;
    let digits = 0;
    let signs = 0;
    let otherDigits = 0;
    // One-letter words in a row: joinSpaced has work only when SPACED_MIN of them follow each other.
    let singles = 0;
    let joinable = false;
    const len = text.length;
    let i = 0;
    while (i < len) {
      // Between words: separators, invisible characters and signs (a sign is a letter only inside a word) are skipped.
      let k = packed[units[i]!]! & 7;
      if (k === SEP || k === INVISIBLE || k === SIGN) {
        i++;
        continue;
      }
      if (n >= o.bufStart.length) this.grow(n);
      const start = b;
      o.origStart[n] = i;
      let cyr = 0;
      let lat = 0;
      let dig = 0;
      let hash = FNV_OFFSET;
      let lastEnd = i;
      // The word's characters in a loop of their own: it closes on a separator, an address's '@' or the end.
      for (; i < len; i++) {
        const v = packed[units[i]!]!;
        k = v & 7;
        if (k === SEP) break;
        if (k === INVISIBLE) {
          // a keycap's enclosing mark ("8️⃣") after a digit: the digit is one written to slip past filters
          if (units[i] === KEYCAP) otherDigits++;
          continue;
        }
        const f = v >>> 8;
        if (k === CYR) {
          cyr++;
          kkCount += (v >>> 3) & 1;
        } else if (k === LAT) lat++;
        else {
          // "B@nk" is a word; "name@kaspi.kz" is a name and an address.
          if (k === SIGN) {
            if (startsAddress(text, i + 1, packed, units)) break;
            signs++;
          } else if (units[i]! > 0x7f) otherDigits++;
          dig++;
        }
        buf[b++] = f;
        hash = Math.imul(hash ^ f, FNV_PRIME);
        lastEnd = i + 1;
      }
      o.bufStart[n] = start;
      o.bufEnd[n] = b;
      o.origEnd[n] = lastEnd;
      o.hash[n] = hash;
      o.spaced[n] = 0;
      this.nCyr[n] = cyr;
      this.nLat[n] = lat;
      this.nDig[n] = dig;
      this.resolve(n);
      digits += dig;
      if (b - start < 2) {
        if (++singles >= SPACED_MIN) joinable = true;
      } else singles = 0;
      n++;
      // The character that closed the word is a separator (or the address's '@', skipped as one).
      i++;
    }
    if (joinable) {
      n = this.joinSpaced(text, n);
      // Rewriting a word in its majority script twice changes nothing, so words that were not joined stay as they are.
      for (let i = 0; i < n; i++) this.resolve(i);
    }
    o.count = n;
    o.kkLetters = kkCount;
    o.digits = digits - signs;
    o.otherDigits = otherDigits;
    return o;
  }

  /** Joins runs of one-letter words separated by a few spaces or dots (not line breaks) into one word. */
  private joinSpaced(text: string, n: number): number {
    const o = this.out;
    let w = 0;
    let i = 0;
    while (i < n) {
      let j = i;
      while (
        j + 1 < n &&
        o.bufEnd[j]! - o.bufStart[j]! < 2 &&
        o.bufEnd[j + 1]! - o.bufStart[j + 1]! < 2 &&
        o.origStart[j + 1]! - o.origEnd[j]! <= SPACED_MAX_GAP &&
        !hasBreak(text, o.origEnd[j]!, o.origStart[j + 1]!)
      ) j++;
      const runLen = j - i + 1;
      if (runLen >= SPACED_MIN) {
        // Letters are spaced evenly inside a word; a wider gap ("к а р т а  з а б л о к") ends the word.
        let minGap = Infinity;
        for (let k = i; k < j; k++) minGap = Math.min(minGap, o.origStart[k + 1]! - o.origEnd[k]!);
        let start = i;
        for (let k = i; k <= j; k++) {
          if (k === j || o.origStart[k + 1]! - o.origEnd[k]! > minGap) {
            this.merge(w, start, k);
            w++;
            start = k + 1;
          }
        }
        i = j + 1;
      } else {
        this.copy(w, i);
        w++;
        i++;
      }
    }
    return w;
  }

  /** Writes words first..last as one word at position `to` (their characters are contiguous in buf). */
  private merge(to: number, first: number, last: number): void {
    const o = this.out;
    let cyr = 0;
    let lat = 0;
    let dig = 0;
    for (let k = first; k <= last; k++) {
      cyr += this.nCyr[k]!;
      lat += this.nLat[k]!;
      dig += this.nDig[k]!;
    }
    this.copy(to, first);
    o.spaced[to] = last > first ? 1 : 0;
    o.bufEnd[to] = o.bufEnd[last]!;
    o.hash[to] = hashOf(o.buf, o.bufStart[to]!, o.bufEnd[to]);
    o.origEnd[to] = o.origEnd[last]!;
    this.nCyr[to] = cyr;
    this.nLat[to] = lat;
    this.nDig[to] = dig;
  }

  private copy(to: number, from: number): void {
    if (to === from) return;
    const o = this.out;
    o.bufStart[to] = o.bufStart[from]!;
    o.bufEnd[to] = o.bufEnd[from]!;
    o.origStart[to] = o.origStart[from]!;
    o.origEnd[to] = o.origEnd[from]!;
    o.hash[to] = o.hash[from]!;
    o.spaced[to] = o.spaced[from]!;
    this.nCyr[to] = this.nCyr[from]!;
    this.nLat[to] = this.nLat[from]!;
    this.nDig[to] = this.nDig[from]!;
  }

  /** A word mixing Latin and Cyrillic look-alikes is rewritten in its majority script; digits inside words are flagged. */
  private resolve(i: number): void {
    const o = this.out;
    const cyr = this.nCyr[i]!;
    const lat = this.nLat[i]!;
    const dig = this.nDig[i]!;
    const script = cyr === 0 && lat === 0 ? 0 : cyr >= lat ? SCRIPT_CYR : SCRIPT_LAT;
    o.script[i] = script;
    o.leet[i] = dig > 0 && cyr + lat >= 2 && dig < cyr + lat ? 1 : 0;
    o.mixed[i] = cyr > 0 && lat > 0 ? 1 : 0;
    if (cyr > 0 && lat > 0) {
      const map = script === SCRIPT_CYR ? this.t.latToCyr : this.t.cyrToLat;
      for (let p = o.bufStart[i]!; p < o.bufEnd[i]!; p++) {
        const m = map[o.buf[p]!]!;
        if (m !== 0) o.buf[p] = m;
      }
      o.hash[i] = hashOf(o.buf, o.bufStart[i]!, o.bufEnd[i]!);
    }
  }
}

/** Whether the text from `from` reads as the rest of an address after its '@': a name, a dot and a letter ("kaspi.kz"). */
function startsAddress(text: string, from: number, packed: Int32Array, units: Uint16Array): boolean {
  let i = from;
  const len = text.length;
  for (; i < len; i++) {
    const k = packed[units[i]!]! & 7;
    if (k !== CYR && k !== LAT && k !== chars.DIGIT && units[i] !== 0x2d && units[i] !== 0x5f) break;
  }
  return i > from && i + 1 < len && units[i] === 0x2e && ((packed[units[i + 1]!]! & 7) === LAT || (packed[units[i + 1]!]! & 7) === CYR);
}

function hasBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
