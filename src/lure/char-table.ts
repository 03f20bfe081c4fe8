// Per-character tables built once from data/lexicon/normalize.json: class, folded lower-case form, look-alikes.
import type { NormalizeData } from './lexicon-schema.js';
import { otherDigitValue } from '../phones/plain-digits.js';

export const SEP = 0;
export const CYR = 1;
export const LAT = 2;
export const DIGIT = 3;
/** Dropped inside words: zero-width characters, soft hyphen, combining marks. */
export const INVISIBLE = 4;
/** A sign written for a letter ("B@nk", "Ka$pi"): read like a digit inside a word, a separator elsewhere. */
export const SIGN = 5;
/** Signs fold to the codes right after '9', so their readings sit after the digits' in digitCyr/digitLat. */
const FIRST_SIGN = 58;

export interface CharTable {
  cls: Uint8Array;
  /** Folded lower-case code of a letter or digit. */
  fold: Uint16Array;
  /** 1 for letters that only Kazakh uses. */
  kk: Uint8Array;
  /** Latin look-alike → Cyrillic code (0 when none), and the reverse. */
  latToCyr: Uint16Array;
  cyrToLat: Uint16Array;
  /** cls | kk << 3 | fold << 8 in one number, so the tokenizer reads one table per character. */
  packed: Int32Array;
  /** Readings of a digit (index 0-9) or a sign (10 on, by its folded code - 48) inside a word, by script, as folded codes. */
  digitCyr: number[][];
  digitLat: number[][];
}

function code(s: string): number {
  return s.charCodeAt(0);
}

/** Folds one character the way the table does, for lexicon words (same rules as the text). */
export function foldChar(table: CharTable, ch: string): string {
  const c = ch.charCodeAt(0);
  return table.cls[c] === SEP || table.cls[c] === INVISIBLE || table.cls[c] === SIGN ? '' : String.fromCharCode(table.fold[c]!);
}

export function buildCharTable(data: NormalizeData): CharTable {
  const cls = new Uint8Array(65536);
  const fold = new Uint16Array(65536);
  const kk = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c >= 0x30 && c <= 0x39) {
      cls[c] = DIGIT;
      fold[c] = c;
      continue;
    }
    if (/\p{M}/u.test(ch) || c === 0xad || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff) {
      cls[c] = INVISIBLE;
      continue;
    }
    // Compatibility forms are read as the letter they show: fullwidth "ｋａｓｐｉ", circled "Ⓚ", "ſ".
    const nfkc = ch.normalize('NFKC');
    const shown = nfkc.length === 1 ? nfkc : ch;
    if (/\p{Script=Cyrillic}/u.test(shown) && /\p{L}/u.test(shown)) cls[c] = CYR;
    else if (/\p{Script=Latin}/u.test(shown) && /\p{L}/u.test(shown)) cls[c] = LAT;
    else continue;
    const lower = shown.toLowerCase();
    fold[c] = lower.length === 1 ? code(lower) : code(shown);
  }
  // Latin letters with diacritics fold to their base letter ("é" → "e"), so accents do not hide words.
  for (let c = 0xc0; c < 0x250; c++) {
    if (cls[c] !== LAT) continue;
    const base = String.fromCharCode(fold[c]!).normalize('NFD').charAt(0);
    if (/[a-z]/.test(base)) fold[c] = code(base);
  }
  // Letters of other scripts that look like Latin ones (Greek "ο", "α"): inside a word they are the evasion the
  // Latin look-alikes are, and read as them.
  for (const [ch, lat] of Object.entries(data.otherLookalikes)) {
    cls[code(ch)] = LAT;
    fold[code(ch)] = code(lat);
  }
  // Digits in other forms ("８", "⑧", "٨") are the digits they show (plain-digits.ts).
  for (let c = 0x80; c < 65536; c++) {
    const v = otherDigitValue(c);
    if (v < 0) continue;
    cls[c] = DIGIT;
    fold[c] = 0x30 + v;
  }
  for (const ch of data.invisible) cls[code(ch)] = INVISIBLE;
  for (const ch of data.kkLetters) {
    kk[code(ch)] = 1;
    kk[code(ch.toUpperCase())] = 1;
  }
  // Folding applies to what lower-casing produced, so upper-case letters follow their lower-case ones.
  const folds = new Map(Object.entries(data.fold).map(([from, to]) => [code(from), code(to)]));
  for (let c = 0; c < 65536; c++) {
    const to = folds.get(fold[c]!);
    if (to !== undefined && (cls[c] === CYR || cls[c] === LAT)) fold[c] = to;
  }
  const latToCyr = new Uint16Array(65536);
  const cyrToLat = new Uint16Array(65536);
  for (const [lat, cyr] of Object.entries(data.latinToCyrillic)) {
    const cyrFolded = fold[code(cyr)]!;
    latToCyr[code(lat)] = cyrFolded;
    if (cyrToLat[cyrFolded] === 0) cyrToLat[cyrFolded] = code(lat);
  }
  const digitCyr: number[][] = [];
  const digitLat: number[][] = [];
  for (let d = 0; d < 10; d++) {
    const k = String(d);
    digitCyr[d] = (data.digitsInCyrillic[k] ?? []).map((s) => fold[code(s)]!);
    digitLat[d] = (data.digitsInLatin[k] ?? []).map((s) => fold[code(s)]!);
  }
  const signs = [...new Set([...Object.keys(data.digitsInCyrillic), ...Object.keys(data.digitsInLatin)])].filter((k) => k.length === 1 && !/[0-9]/.test(k)).sort();
  signs.forEach((sign, i) => {
    const c = code(sign);
    cls[c] = SIGN;
    fold[c] = FIRST_SIGN + i;
    digitCyr[10 + i] = (data.digitsInCyrillic[sign] ?? []).map((s) => fold[code(s)]!);
    digitLat[10 + i] = (data.digitsInLatin[sign] ?? []).map((s) => fold[code(s)]!);
  });
  const packed = new Int32Array(65536);
  for (let c = 0; c < 65536; c++) packed[c] = cls[c]! | (kk[c]! << 3) | (fold[c]! << 8);
  return { cls, fold, kk, latToCyr, cyrToLat, packed, digitCyr, digitLat };
}

/**
 * A name with every letter that looks like a Latin one written as that Latin letter ("kаspi" with a Cyrillic а,
 * "kαspi" with a Greek α → "kaspi"); other characters as they are, lower-cased.
 */
export function latinSkeleton(table: CharTable, name: string): string {
  let out = '';
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (ch.length > 1) out += ch;
    else if (table.cls[c] === CYR && table.cyrToLat[table.fold[c]!] !== 0) out += String.fromCharCode(table.cyrToLat[table.fold[c]!]!);
    else if (table.cls[c] === LAT) out += String.fromCharCode(table.fold[c]!);
    else out += ch.toLowerCase();
  }
  return out;
}
