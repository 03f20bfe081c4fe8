// Finds the phone numbers in a message as people write them ("+7 (701) 123-45-67", "8 701 123 45 67",
// "87011234567", short numbers like 1414, look-alike zeros "87O1…", dotted or spaced-out digits).
// A cheap character scan finds candidate runs; libphonenumber only sees runs long enough to be numbers.
import * as chars from './chars.js';
import * as normalize from './normalize.js';
import { addressNumber, badSurroundings } from './surroundings.js';
import { DigitRun, LETTERS, PLUS, zeroRunAccepted } from './digit-run.js';
import { hasOtherDigits, plainDigits } from './plain-digits.js';
import type { PrefixClass } from './plus-seven-classes.js';
import type { ExtractedNumber, NormalizedNumber, NumberKind } from './types.js';

// Local copies: an imported binding read in a per-character loop costs a call each under some loaders.
const SHORT_MAX = normalize.SHORT_MAX;
const SHORT_MIN = normalize.SHORT_MIN;
const plusSevenClass = normalize.plusSevenClass;
const dialsAbroad = normalize.dialsAbroad;
const isZeroLetter = normalize.isZeroLetter;
const normalizeNumber = normalize.normalizeNumber;
const isDigit = chars.isDigit;
const letterAt = chars.letterAt;

/** The run being read (one per process: extraction is synchronous). */
const run = new DigitRun();

export interface ExtractOptions {
  /** Short numbers known to be in service (e.g. the registry's): found even without a "call" word nearby. */
  knownShort?: ReadonlySet<string>;
  /** Whether the text has digits in other forms than 0-9 (plain-digits.ts), when the caller has read that already; looked for otherwise. */
  otherDigits?: boolean | undefined;
}

const CALL_CONTEXT =
  /(звон|звoн|позвон|набер|номер|тел|call|dial|phone|ring|hotline|line|center|centre|text|sms|смс|отправ|напиш|қоңырау|хабарлас|байланыс|нөмір|жібер|контакт|горяч|линия|служб|центр|орталы|полиц|скор|пожар|экстрен|emergency|police|ambulance|справк|анықтам|help:|tel\.?:)/i;
const PLATE_AFTER = /^\s?[A-Z]{2,3}\s?\d{2}(?!\d)/;
/** A Latin capital at `at` or after one space there: the cheap look before PLATE_AFTER is tried. */
function latinCapitalNear(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (c === 0x20 || c === 0xa0) c = text.charCodeAt(at + 1);
  return c >= 65 && c <= 90;
}
/** Kazakh names the number after it ("455 нөміріне хабарласыңыз"): the word for number right after the digits. */
const NUMBER_AFTER = /^[\s\u00a0]*(нөмір|номер|nomir|nomer)/i;
/**
 * Lengths a written number can have before libphonenumber is asked (it is the expensive step): the
 * count digits of the run from `from`, after a "+" when plus.
 */
function plausibleLength(from: number, count: number, plus: boolean, defaultCountry: string): boolean {
  const d0 = run.digs[from]!;
  const d1 = run.digs[from + 1]!;
  if (plus || dialsAbroad(d0, d1, run.digs[from + 2]!)) return true;
  // +7 countries: 10 national digits, or 11 with the trunk prefix 8 (or the country code 7) written first
  if (defaultCountry === 'KZ' || defaultCountry === 'RU') return count === 10 || (count === 11 && (d0 === 8 || d0 === 7));
  return count <= 12;
}

/** "1-888-…" in an e-mail from "support": eleven digits 1 8xx xxx xxxx, with 8xx a North American toll-free code. */
function tollFreeNanp(from: number, count: number, plus: boolean): boolean {
  if (plus || count !== 11 || run.digs[from] !== 1 || run.digs[from + 1] !== 8) return false;
  const a = run.digs[from + 2]!;
  return a === run.digs[from + 3] && (a === 0 || (a >= 3 && a <= 8));
}

/**
 * A +7 7xx number the numbering plan does not list ("8 727 123 45 67"), written whole with its prefix
 * (8, 7 or +7): whoever reads it dials it, so it is a number; ten bare digits could as well be an amount.
 */
function unlistedKazakh(key: string, count: number): boolean {
  return key.length === 12 && key.startsWith('+77') && count === 11;
}

/** Whether a candidate of this kind is a number to report: never a short one, an unknown one only when it is an unlisted Kazakh number. */
function takenKind(kind: NumberKind, unlisted: boolean): boolean {
  return kind !== 'short' && (kind !== 'unknown' || unlisted);
}

/** A found number: the normalized fields first (country only when known), then where it was written. */
function foundNumber(norm: NormalizedNumber, text: string, start: number, stop: number, obfuscated: boolean): ExtractedNumber {
  const raw = text.slice(start, stop);
  const span: [number, number] = [start, stop];
  return 'country' in norm
    ? { key: norm.key, kind: norm.kind, country: norm.country, display: norm.display, raw, span, obfuscated }
    : { key: norm.key, kind: norm.kind, display: norm.display, raw, span, obfuscated };
}

/**
 * The +7 number whose 10 national digits are digs[at, at + 10), as the fast path of normalizeNumber gives it,
 * with where it was written: the key and display are built from the digits, once the number is taken.
 */
function plusSevenNumber(cls: PrefixClass, at: number, text: string, start: number, stop: number, obfuscated: boolean): ExtractedNumber {
  const d = run.digs;
  const key = String.fromCharCode(0x2b, 0x37, 0x30 + d[at]!, 0x30 + d[at + 1]!, 0x30 + d[at + 2]!, 0x30 + d[at + 3]!, 0x30 + d[at + 4]!, 0x30 + d[at + 5]!, 0x30 + d[at + 6]!, 0x30 + d[at + 7]!, 0x30 + d[at + 8]!, 0x30 + d[at + 9]!);
  // "+7 701 123 45 67", as displayOf writes it, in one string
  const display = String.fromCharCode(0x2b, 0x37, 0x20, key.charCodeAt(2), key.charCodeAt(3), key.charCodeAt(4), 0x20, key.charCodeAt(5), key.charCodeAt(6), key.charCodeAt(7), 0x20, key.charCodeAt(8), key.charCodeAt(9), 0x20, key.charCodeAt(10), key.charCodeAt(11));
  const raw = text.slice(start, stop);
  const span: [number, number] = [start, stop];
  return cls.country
    ? { key, kind: cls.kind, country: cls.country, display, raw, span, obfuscated }
    : { key, kind: cls.kind, display, raw, span, obfuscated };
}

/**
 * Every phone number in `text`, in order, with UTF-16 spans into the original text.
 * Dates, amounts ("50 000 тг"), card masks ("*1234") and one-time codes ("Код: 123456") are not numbers.
 * Digits written in other forms (plain-digits.ts: "８７０１", "⑧⑦⓪①", keycaps) are read as the digits they show,
 * and a number so written was written to slip past filters.
 */
export function extractNumbers(text: string, defaultCountry = 'KZ', opts: ExtractOptions = {}): ExtractedNumber[] {
  if (!(opts.otherDigits ?? hasOtherDigits(text))) return extractPlain(text, defaultCountry, opts);
  const plain = plainDigits(text);
  return extractPlain(plain, defaultCountry, opts).map((num) => {
    const raw = text.slice(num.span[0], num.span[1]);
    return raw === num.raw ? num : { ...num, raw, obfuscated: true };
  });
}

function extractPlain(text: string, defaultCountry: string, opts: ExtractOptions): ExtractedNumber[] {
  const out: ExtractedNumber[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isDigit(c) && !(isZeroLetter(c) && i > 0 && isDigit(text.charCodeAt(i - 1)))) {
      // A run starts at a digit, at a "+" or look-alike zeros right before one, or at zeros right after
      // a digit: jump to the next digit, then step back over what may lead it.
      // (one unsigned compare per character: this loop runs over most of every text)
      let d = i + 1;
      while (d < n && (text.charCodeAt(d) - 0x30) >>> 0 > 9) d++;
      if (d >= n) break;
      let b = d;
      while (b > i && isZeroLetter(text.charCodeAt(b - 1))) b--;
      if (b === d && text.charCodeAt(d - 1) === 0x2b) b = d - 1;
      i = b;
      c = text.charCodeAt(i);
    }
    const startsRun = isDigit(c) || (c === 0x2b && i + 1 < n && isDigit(text.charCodeAt(i + 1))) || (isZeroLetter(c) && zeroRunAccepted(text, i) > 0);
    if (!startsRun) {
      i++;
      continue;
    }
    const end = run.scan(text, i);
    i = Math.max(end, i + 1);
    const groups = run.groupCount;
    if (groups === 0) continue;
    // the arrays as the scan left them (it may have grown them)
    const { gStart, gEnd, gOff, gLen, gFlags, digs } = run;
    // A run glued to letters on its left ("KZ86…", "ID12345") is an identifier, not a number; but one
    // digit ending a word is a letter written as a digit ("перезвонит3 8 708 …"), and the groups after
    // it are read on their own.
    let k = 0;
    if (letterAt(text, gStart[0]! - 1)) {
      if (groups === 1 || gLen[0] !== 1 || (gFlags[0]! & LETTERS) !== 0) continue;
      k = 1;
    }
    while (k < groups) {
      // The longest candidate from group k: its last group, and either its +7 class (digits at bestAt) or its normalized form.
      let bestM = -1;
      let bestCls: PrefixClass | null = null;
      let bestAt = 0;
      let bestNorm: NormalizedNumber | null = null;
      const from = gOff[k]!;
      const plus = (gFlags[k]! & PLUS) !== 0;
      let count = 0;
      for (let m = k; m < groups; m++) {
        if (m > k && (gFlags[m]! & PLUS) !== 0) break;
        count += gLen[m]!;
        if (count > 15) break;
        // Only a run starting "18" can be a North American toll-free number, and every "8 7xx …" number has eleven digits.
        const tollFree = tollFreeNanp(from, count, plus);
        if (count < 10 || !(tollFree || plausibleLength(from, count, plus, defaultCountry))) continue;
        // "+7" and 10 digits, 8 or 7 and 10 digits, or 10 digits alone: the +7 fast path of normalizeNumber, read from the digits.
        const d0 = digs[from]!;
        const form = count === 10 ? (plus || dialsAbroad(d0, digs[from + 1]!, digs[from + 2]!) ? -1 : 3) : count !== 11 ? -1 : plus ? (d0 === 7 ? 0 : -1) : d0 === 8 ? 1 : d0 === 7 ? 2 : -1;
        const at = form === 3 ? from : from + 1;
        const cls = form < 0 ? undefined : plusSevenClass(digs, at, form, defaultCountry);
        if (cls != null) {
          // the key is "+7" and the national digits: an unlisted Kazakh number when they start with 7 after a prefix
          if (!takenKind(cls.kind, form !== 3 && digs[at] === 7)) continue;
          bestM = m;
          bestCls = cls;
          bestAt = at;
          continue;
        }
        const acc = run.digitString(from, count, plus);
        const norm = normalizeNumber(tollFree ? `+${acc}` : acc, defaultCountry);
        if (!norm || !takenKind(norm.kind, unlistedKazakh(norm.key, count))) continue;
        bestM = m;
        bestCls = null;
        bestNorm = norm;
      }
      if (bestM >= 0 && !badSurroundings(text, gStart[k]!, gEnd[bestM]!)) {
        const obfuscated = run.obfuscated(k, bestM);
        out.push(
          bestCls !== null
            ? plusSevenNumber(bestCls, bestAt, text, gStart[k]!, gEnd[bestM]!, obfuscated)
            : foundNumber(bestNorm!, text, gStart[k]!, gEnd[bestM]!, obfuscated),
        );
        k = bestM + 1;
        continue;
      }
      if (groups === 1) {
        const found = shortNumber(text, defaultCountry, opts);
        if (found) out.push(found);
      }
      k++;
    }
  }
  return out;
}

/** The run's one group as a short service number, if it is one. */
function shortNumber(text: string, defaultCountry: string, opts: ExtractOptions): ExtractedNumber | null {
  const len = run.gLen[0]!;
  if ((run.gFlags[0]! & (PLUS | LETTERS)) !== 0 || len < SHORT_MIN || len > SHORT_MAX) return null;
  const start = run.gStart[0]!;
  const end = run.gEnd[0]!;
  if (badSurroundings(text, start, end)) return null;
  // a Kazakh car plate ("505 ABC 01"): three digits, Latin letters, the region's two digits
  if (len === 3 && latinCapitalNear(text, end) && PLATE_AFTER.test(text.slice(end, end + 9))) return null;
  // a flat, a house or a room ("кв. 112", "112-пәтер"): 101–112 are also the emergency lines
  if (addressNumber(text, start, end)) return null;
  const digits = text.slice(start, end);
  const known = opts.knownShort?.has(digits) === true;
  if (!known) {
    const d0 = run.digs[0]!;
    const year = len === 4 && ((d0 === 1 && run.digs[1] === 9) || (d0 === 2 && run.digs[1] === 0));
    // Operators' own lines are four digits starting with 0 ("0611"); other lengths with a leading 0 are codes or counts.
    if (year || (d0 === 0 && len !== 4)) return null;
    if (!CALL_CONTEXT.test(text.slice(Math.max(0, start - 32), start)) && !NUMBER_AFTER.test(text.slice(end, end + 16))) return null;
  }
  // normalizeNumber reads a leading "00" as the international prefix: no short number then
  if (run.digs[0] === 0 && run.digs[1] === 0) return null;
  // What normalizeNumber gives 3–5 digits without a "+": the digits themselves, a short number of the country.
  return { key: digits, kind: 'short', country: defaultCountry, display: digits, raw: digits, span: [start, end], obfuscated: false };
}
