// Finds the phone numbers in a message as people write them ("+7 (701) 123-45-67", "8 701 123 45 67",
// "87011234567", short numbers like 1414, look-alike zeros "87O1…", dotted or spaced-out digits).
// A cheap character scan finds candidate runs; libphonenumber only sees runs long enough to be numbers.
import * as normalize from './normalize.js';
import type { ExtractedNumber, NormalizedNumber } from './types.js';

// Local copies: an imported binding read in a per-character loop costs a call each under some loaders.
const SHORT_MAX = normalize.SHORT_MAX;
const SHORT_MIN = normalize.SHORT_MIN;
const isZeroLetter = normalize.isZeroLetter;
const normalizeNumber = normalize.normalizeNumber;

export interface ExtractOptions {
  /** Short numbers known to be in service (e.g. the registry's): found even without a "call" word nearby. */
  knownShort?: ReadonlySet<string>;
}

interface Group {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  letters: boolean;
  /** A dot was among the separators before this group inside the run. */
  sepDot: boolean;
}

const MAX_SEP = 3;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSep(c: number): boolean {
  // space, no-break and thin spaces, ( ) - . and en/em dashes; not newlines: a number does not span lines
  return c === 0x20 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x28 || c === 0x29 || c === 0x2d || c === 0x2e || c === 0x2013 || c === 0x2014;
}

/** Per code unit: 0 not asked yet, 1 a letter (\p{L}), 2 not; filled from the regex on first sight. */
const LETTER = new Uint8Array(65536);

/** Whether text[i] exists and is a letter. */
function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  let known = LETTER[c]!;
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = known;
  }
  return known === 1;
}

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A run of look-alike zeros counts as digits only when it touches a digit and no other letter. */
function zeroRunAccepted(text: string, at: number): number {
  let j = at;
  while (j < text.length && isZeroLetter(text.charCodeAt(j))) j++;
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  const after = j < text.length ? text.charCodeAt(j) : -1;
  if (!isDigit(before) && !isDigit(after)) return 0;
  if (letterAt(text, j) || letterAt(text, at - 1)) return 0;
  return j - at;
}

/** Collects one run of digit groups starting at i; returns the groups and where the run ended. */
function scanRun(text: string, i: number): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let cur: Group | null = null;
  let sepLen = 0;
  let sepDot = false;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) {
      cur ??= { start: j, end: j, digits: '', plus: false, letters: false, sepDot };
      j++;
      cur.end = j;
      sepLen = 0;
      sepDot = false;
      continue;
    }
    if (c === 0x2b && cur === null && j + 1 < text.length && isDigit(text.charCodeAt(j + 1))) {
      cur = { start: j, end: j + 1, digits: '', plus: true, letters: false, sepDot };
      j++;
      sepLen = 0;
      sepDot = false;
      continue;
    }
    if (isZeroLetter(c)) {
      const n = zeroRunAccepted(text, j);
      if (n > 0) {
        cur ??= { start: j, end: j, digits: '', plus: false, letters: false, sepDot };
        cur.letters = true;
        j += n;
        cur.end = j;
        sepLen = 0;
        sepDot = false;
        continue;
      }
      break;
    }
    if (isSep(c)) {
      if (cur) {
        groups.push(closed(text, cur));
        cur = null;
      }
      if (c === 0x2e) sepDot = true;
      if (++sepLen > MAX_SEP) break;
      j++;
      continue;
    }
    break;
  }
  if (cur) groups.push(closed(text, cur));
  return { groups, end: j };
}

/** The group with its digits filled in: the characters after its "+", look-alike zeros read as 0. */
function closed(text: string, g: Group): Group {
  const from = g.plus ? g.start + 1 : g.start;
  if (!g.letters) {
    g.digits = text.slice(from, g.end);
    return g;
  }
  let digits = '';
  for (let k = from; k < g.end; k++) digits += isZeroLetter(text.charCodeAt(k)) ? '0' : text.charAt(k);
  g.digits = digits;
  return g;
}

const CALL_CONTEXT =
  /(звон|звoн|позвон|набер|номер|тел|call|dial|phone|ring|hotline|line|center|centre|text|sms|смс|отправ|напиш|қоңырау|хабарлас|байланыс|нөмір|жібер|контакт|горяч|линия|служб|центр|орталы|полиц|скор|пожар|экстрен|emergency|police|ambulance)/i;
const SECRET_WORDS = ['код', 'code', 'kod', 'пароль', 'парол', 'password', 'pin', 'пин', 'otp', 'cvv', 'cvc', '№', '#', '*', 'iin', 'иин', 'жсн', 'бин', 'bin', 'card', 'карт', 'счет', 'счёт', 'шот', 'лс', 'л/с'];
const escapeRe = (w: string): string => w.replace(/[*/]/g, '\\$&');
const SECRET_BEFORE = new RegExp(`(${SECRET_WORDS.map(escapeRe).join('|')})\\s*[:：=-]?\\s*$`, 'i');
/** The last characters of the secret words, matched the way SECRET_BEFORE matches (case-insensitively). */
const SECRET_LAST = new RegExp(`^(?:${[...new Set(SECRET_WORDS.map((w) => w.slice(-1)))].map(escapeRe).join('|')})$`, 'i');
/** Per code unit: 0 not asked yet, 1 may end a secret word, 2 cannot. */
const SECRET_END = new Uint8Array(65536);
const UNIT_AFTER =
  /^\s?(тг|тенге|теңге|₸|kzt|тыс|млн|млрд|руб|р\.|₽|\$|€|usd|eur|%|г\.|гг|год|жыл|мин|сек|час|сағ|km|км|кг|шт|дн|days?|x|х\b)/i;
const YEAR = /^(19|20)\d\d$/;
const TOLL_FREE_NANP = /^18(00|33|44|55|66|77|88)\d{7}$/;

/** The code of the last character before start that is not a space or no-break space, or -1. */
function prevSignificant(text: string, start: number): number {
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0xa0)) k--;
  return k >= 0 ? text.charCodeAt(k) : -1;
}

/**
 * SECRET_BEFORE over the 16 characters before start. The regex is tried only when the character where a
 * secret word would have to end (before trailing spaces and one ":", "=" or "-") can end one.
 */
function secretBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 16);
  let p = start - 1;
  while (p >= from && isSpace(text.charCodeAt(p))) p--;
  if (p >= from) {
    const c = text.charCodeAt(p);
    if (c === 0x3a || c === 0xff1a || c === 0x3d || c === 0x2d) {
      p--;
      while (p >= from && isSpace(text.charCodeAt(p))) p--;
    }
  }
  if (p < from) return false;
  const c = text.charCodeAt(p);
  let known = SECRET_END[c]!;
  if (known === 0) {
    known = SECRET_LAST.test(String.fromCharCode(c)) ? 1 : 2;
    SECRET_END[c] = known;
  }
  return known === 1 && SECRET_BEFORE.test(text.slice(from, start));
}

const isDigitAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isDigit(text.charCodeAt(i));

/** Whether what sits right around a candidate says it is an amount, a code, a card or a date rather than a number. */
function badSurroundings(text: string, start: number, end: number): boolean {
  if (letterAt(text, start - 1) || letterAt(text, end)) return true;
  const prev = start > 0 ? text.charCodeAt(start - 1) : -1;
  const next = end < text.length ? text.charCodeAt(end) : -1;
  if (next === 0x3a && isDigitAt(text, end + 1)) return true;
  if (prev === 0x3a && isDigitAt(text, start - 2)) return true;
  if (next === 0x2c && isDigitAt(text, end + 1)) return true;
  // the digits after a thousands comma ("$1,249") are the end of an amount
  if (prev === 0x2c && isDigitAt(text, start - 2)) return true;
  const ps = prevSignificant(text, start);
  // * № # ₸ $ €
  if (ps === 0x2a || ps === 0x2116 || ps === 0x23 || ps === 0x20b8 || ps === 0x24 || ps === 0x20ac) return true;
  if (UNIT_AFTER.test(text.slice(end, end + 8))) return true;
  return secretBefore(text, start);
}

/** Lengths a written number can have before libphonenumber is asked (it is the expensive step). */
function plausibleLength(acc: string, count: number, defaultCountry: string): boolean {
  if (acc.startsWith('+') || acc.startsWith('00') || acc.startsWith('810')) return true;
  // +7 countries: 10 national digits, or 11 with the trunk prefix 8 (or the country code 7) written first
  if (defaultCountry === 'KZ' || defaultCountry === 'RU') return count === 10 || (count === 11 && (acc.startsWith('8') || acc.startsWith('7')));
  return count <= 12;
}

/**
 * A +7 7xx number the numbering plan does not list ("8 727 123 45 67"), written whole with its prefix
 * (8, 7 or +7): whoever reads it dials it, so it is a number; ten bare digits could as well be an amount.
 */
function unlistedKazakh(key: string, count: number): boolean {
  return key.length === 12 && key.startsWith('+77') && count === 11;
}

/** Whether groups[from, to] were written to dodge filters (look-alike zeros, dots, digits spaced out). */
function isObfuscated(groups: Group[], from: number, to: number): boolean {
  if (to - from + 1 > 6) return true;
  for (let idx = from; idx <= to; idx++) {
    const g = groups[idx]!;
    if (g.letters || g.sepDot || (idx > from && g.digits.length === 1)) return true;
  }
  return false;
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
 * Every phone number in `text`, in order, with UTF-16 spans into the original text.
 * Dates, amounts ("50 000 тг"), card masks ("*1234") and one-time codes ("Код: 123456") are not numbers.
 */
export function extractNumbers(text: string, defaultCountry = 'KZ', opts: ExtractOptions = {}): ExtractedNumber[] {
  const out: ExtractedNumber[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isDigit(c) && !(isZeroLetter(c) && i > 0 && isDigit(text.charCodeAt(i - 1)))) {
      // A run starts at a digit, at a "+" or look-alike zeros right before one, or at zeros right after
      // a digit: jump to the next digit, then step back over what may lead it.
      let d = i + 1;
      while (d < n && !isDigit(text.charCodeAt(d))) d++;
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
    const { groups, end } = scanRun(text, i);
    i = Math.max(end, i + 1);
    if (groups.length === 0) continue;
    // A run glued to letters on its left ("KZ86…", "ID12345") is an identifier, not a number; but one
    // digit ending a word is a letter written as a digit ("перезвонит3 8 708 …"), and the groups after
    // it are read on their own.
    let k = 0;
    if (letterAt(text, groups[0]!.start - 1)) {
      if (groups.length === 1 || groups[0]!.digits.length !== 1 || groups[0]!.letters) continue;
      k = 1;
    }
    while (k < groups.length) {
      let best: { m: number; found: ExtractedNumber } | null = null;
      let acc = groups[k]!.plus ? '+' : '';
      let count = 0;
      for (let m = k; m < groups.length; m++) {
        const g = groups[m]!;
        if (m > k && g.plus) break;
        acc += g.digits;
        count += g.digits.length;
        if (count > 15) break;
        // "1-888-…" in an e-mail from "support": no +7 number starts with 1, and 8xx after it is a North American toll-free code
        // Only a run starting "18" can be one, and every "8 7xx …" number has eleven digits: the regex is for the few that do.
        const tollFree = count === 11 && acc.charCodeAt(0) === 0x31 && acc.charCodeAt(1) === 0x38 && TOLL_FREE_NANP.test(acc);
        if (count < 10 || !(tollFree || plausibleLength(acc, count, defaultCountry))) continue;
        const norm = normalizeNumber(tollFree ? `+${acc}` : acc, defaultCountry);
        if (!norm || norm.kind === 'short' || (norm.kind === 'unknown' && !unlistedKazakh(norm.key, count))) continue;
        const start = groups[k]!.start;
        const stop = g.end;
        best = { m, found: foundNumber(norm, text, start, stop, isObfuscated(groups, k, m)) };
      }
      if (best && !badSurroundings(text, best.found.span[0], best.found.span[1])) {
        out.push(best.found);
        k = best.m + 1;
        continue;
      }
      if (groups.length === 1) {
        const g = groups[0]!;
        const found = shortNumber(text, g, defaultCountry, opts);
        if (found) out.push(found);
      }
      k++;
    }
  }
  return out;
}

function shortNumber(text: string, g: Group, defaultCountry: string, opts: ExtractOptions): ExtractedNumber | null {
  if (g.plus || g.letters || g.digits.length < SHORT_MIN || g.digits.length > SHORT_MAX) return null;
  if (badSurroundings(text, g.start, g.end)) return null;
  const known = opts.knownShort?.has(g.digits) === true;
  if (!known) {
    if (YEAR.test(g.digits) || g.digits.startsWith('0')) return null;
    if (!CALL_CONTEXT.test(text.slice(Math.max(0, g.start - 32), g.start))) return null;
  }
  const norm = normalizeNumber(g.digits, defaultCountry);
  if (!norm) return null;
  return foundNumber(norm, text, g.start, g.end, false);
}
