// What sits right around a digit run and says it is no phone number: an amount ("50 000 тг", "$1,249"),
// a code or an account ("Код: 123456", "л/с 3018842"), a card mask ("*1234"), a time or a date ("10:30").
// The regexes are tried only when a cheap look at one character says they can match.
import * as chars from './chars.js';

// Local copies: an imported binding read in a per-character loop costs a call each under some loaders.
const isDigit = chars.isDigit;
const letterAt = chars.letterAt;

/** JavaScript's \s: white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const SECRET_WORDS = ['код', 'code', 'kod', 'пароль', 'парол', 'password', 'pin', 'пин', 'otp', 'cvv', 'cvc', '№', '#', '*', 'iin', 'иин', 'жсн', 'бин', 'bin', 'card', 'карт', 'счет', 'счёт', 'шот', 'лс', 'л/с'];
const escapeRe = (w: string): string => w.replace(/[*/]/g, '\\$&');
const SECRET_BEFORE = new RegExp(`(${SECRET_WORDS.map(escapeRe).join('|')})\\s*[:：=-]?\\s*$`, 'i');
/** The last characters of the secret words, matched the way SECRET_BEFORE matches (case-insensitively). */
const SECRET_LAST = new RegExp(`^(?:${[...new Set(SECRET_WORDS.map((w) => w.slice(-1)))].map(escapeRe).join('|')})$`, 'i');
/** Per code unit: 0 not asked yet, 1 may end a secret word, 2 cannot. */
const SECRET_END = new Uint8Array(65536);
const UNIT_AFTER =
  /^\s?(тг|тенге|теңге|₸|kzt|тыс|млн|млрд|руб|р\.|₽|\$|€|usd|eur|%|г\.|гг|год|жыл|мин|сек|час|сағ|km|км|кг|шт|дн|days?|x|х\b|куб|текше|м3|м³|м2|м²|квт|kwh|литр|гб|gb|мб|mb)/i;
/** The first characters of UNIT_AFTER's words, matched as it matches them (case-insensitively). */
const UNIT_FIRST = new RegExp(
  `^(?:${/\((.*)\)$/
    .exec(UNIT_AFTER.source)![1]!
    .split('|')
    .map((w) => (w.startsWith('\\') ? w.slice(0, 2) : w.charAt(0)))
    .join('|')})`,
  'i',
);
/** Per code unit: 0 not asked yet, 1 may start a unit word, 2 cannot. */
const UNIT_START = new Uint8Array(65536);

function mayStartUnit(c: number): boolean {
  let known = UNIT_START[c]!;
  if (known === 0) {
    known = UNIT_FIRST.test(String.fromCharCode(c)) ? 1 : 2;
    UNIT_START[c] = known;
  }
  return known === 1;
}

/** UNIT_AFTER over the 8 characters from end, tried only when the first (or, after a space, the second) can start a unit. */
function unitAfter(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const c = text.charCodeAt(end);
  if (!mayStartUnit(c) && !(isSpace(c) && end + 1 < text.length && mayStartUnit(text.charCodeAt(end + 1)))) return false;
  return UNIT_AFTER.test(text.slice(end, end + 8));
}

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

/** Words of an address right before a short run ("кв. 112", "дом 102", "apt 101"), with a dot, "№" or ":" after them. */
const ADDRESS_BEFORE = /(?:^|[^\p{L}])(?:кв|квартира|квартиры|квартиру|дом|д|корпус|подъезд|этаж|офис|каб|кабинет|пәтер|үй|apt|flat|room|office|suite)\s*[.:№]?\s*$/iu;
/** The same after it, as Kazakh writes them ("112-пәтер", "101 үй"), with or without a dash. */
const ADDRESS_AFTER = /^\s?-?\s?(?:пәтер|үй|подъезд|қабат|кабинет|офис|кв\b|квартир|этаж)/iu;

/** Whether a short run is part of an address (a flat, a house, a room), not a service number. */
export function addressNumber(text: string, start: number, end: number): boolean {
  return ADDRESS_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || ADDRESS_AFTER.test(text.slice(end, end + 10));
}

const isDigitAt = (text: string, i: number): boolean => i >= 0 && i < text.length && isDigit(text.charCodeAt(i));

/** Whether what sits right around a candidate says it is an amount, a code, a card or a date rather than a number. */
export function badSurroundings(text: string, start: number, end: number): boolean {
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
  if (unitAfter(text, end)) return true;
  return secretBefore(text, start);
}
