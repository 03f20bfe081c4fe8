// Integer keys for the hot path: numbers and subscribers hash to two 32-bit lanes (a 64-bit key),
// straight from the bytes of a file or from a string, with the same result either way.

/**
 * The two lanes of the last hash computed (read them right after the call; no allocation). Lanes are
 * signed 32-bit integers everywhere: the engine keeps those unboxed, so passing one costs nothing.
 */
export const H = new Int32Array(2);

const SEED1 = 0x811c9dc5;
const SEED2 = 0x3c6ef372;

/**
 * The murmur3 finalizer over 32 bits, taking and giving signed integers: the engine passes those as
 * they are, where an unsigned one of 2^31 or more would be boxed in a call not inlined. Only the bits
 * matter to every use (a lane, a sum taken modulo 2^32), so the sign changes no key.
 */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function finish(a: number, b: number, len: number): void {
  const x = fmix(a ^ len);
  H[0] = x;
  H[1] = fmix((b + x + len) | 0);
}

/** Hashes bytes [start, end) of a buffer into H. */
export function hashBytes(buf: Uint8Array, start: number, end: number): void {
  let a = SEED1;
  let b = SEED2;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  finish(a, b, end - start);
}

/** Hashes a string's UTF-16 code units into H (equals hashBytes for ASCII). */
export function hashString(s: string): void {
  let a = SEED1;
  let b = SEED2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  finish(a, b, s.length);
}

/** A safe-integer map key from the two lanes in H (53 bits). */
export function keyOfH(): number {
  return keyOfLanes(H[0]!, H[1]!);
}

/** keyOfH for lanes already read. */
export function keyOfLanes(h1: number, h2: number): number {
  return (h1 >>> 11) * 0x100000000 + (h2 >>> 0);
}

/** Mixes a lane pair into one well-spread signed 32-bit value (what sketches consume). */
export function mix32(h1: number, h2: number): number {
  return fmix(h1 ^ Math.imul(h2, 0x9e3779b1));
}

/** 2^-32: a product by it is exact. */
const TWO_TO_MINUS_32 = 2 ** -32;

/** Digits kept in a double exactly (E.164 numbers have at most 15). */
const MAX_EXACT_DIGITS = 15;

/** The lanes of a number's digits read as an integer (with its digit count, so "007" ≠ "7"). */
function finishDigits(v: number, len: number): void {
  // ToInt32 of a non-negative integer is its value modulo 2^32 (the lanes use its bits only), and
  // truncation is floor for it; a multiplication by 2^-32 is exact, a division is slower
  hashDigitLanes(v | 0, (v * TWO_TO_MINUS_32) | 0, len);
}

/**
 * hashDigits for a number already split: `lo` and `hi` the low and high 32 bits (as signed integers)
 * of its digits read as an integer, trunk prefix already read as country code, `len` its digit count.
 * Callers on a hot path pass these integers rather than the value, which the engine would box.
 */
export function hashDigitLanes(lo: number, hi: number, len: number): void {
  const x = fmix(hi ^ Math.imul(len, 0x9e3779b1));
  const h0 = fmix(lo ^ x);
  H[0] = h0;
  H[1] = fmix((h0 + Math.imul(lo ^ 0x5bd1e995, 0x85ebca6b) + x) | 0);
}

/**
 * The lanes of a number written with digits only (and signs that are not letters): `v` its digits read
 * as an integer, `digits` how many (at most 15), `first` the code of the first digit.
 */
export function hashDigits(v: number, digits: number, first: number, plus = false): void {
  finishDigits(trunkValue(v, digits, first, plus), trunkDigits(digits, first, plus));
}

/**
 * A number's digits as the +7 zone reads them: a trunk "8" of eleven digits is country code 7 (8 701… ≡ +7 701…),
 * and ten digits beginning 3–9 with no "+" are a national number written without it (records that keep 7011234567). So a
 * number is one key however a record or a message writes it, as the text's extractor reads all these forms.
 */
export function trunkValue(v: number, digits: number, first: number, plus: boolean): number {
  if (digits === 11 && first === 56) return v - 1e10;
  return digits === 10 && first >= 51 && !plus ? v + 7e10 : v;
}

/** The digit count trunkValue's value has. */
export function trunkDigits(digits: number, first: number, plus: boolean): number {
  return digits === 10 && first >= 51 && !plus ? 11 : digits;
}

/**
 * The canonical form of a number's bytes, hashed: digits only, a leading trunk "8" of an 11-digit
 * number read as country code 7 (8 701… ≡ +7 701…); anything with a letter is an alphanumeric
 * sender id, hashed upper-cased. Returns false for an empty value. Numbers take one pass: their
 * digits are read as an integer while the bytes are scanned.
 */
export function hashNumberBytes(buf: Uint8Array, start: number, end: number): boolean {
  let digits = 0;
  let letters = false;
  let plus = false;
  let first = -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      if (first < 0) first = c;
      digits++;
      v = v * 10 + d;
    } else if (c > 64 || c === 46) letters = true;
    else if (c === 43) plus = true;
  }
  if (!letters) {
    if (digits === 0) return false;
    if (digits <= MAX_EXACT_DIGITS) {
      hashDigits(v, digits, first, plus);
      return true;
    }
  }
  let a = SEED1;
  let b = SEED2;
  let len = 0;
  if (letters) {
    for (let i = start; i < end; i++) {
      let c = buf[i]!;
      if (c === 32) continue;
      if (c >= 97 && c <= 122) c -= 32;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      len++;
    }
  } else {
    for (let i = start; i < end; i++) {
      const c = buf[i]!;
      if (c < 48 || c > 57) continue;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      len++;
    }
  }
  finish(a, b, len);
  return len > 0;
}

/** hashNumberBytes for a string, over its UTF-16 code units (equal for the ASCII of numbers and sender ids). */
export function hashNumber(s: string): boolean {
  let digits = 0;
  let letters = false;
  let plus = false;
  let first = -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c - 48;
    if (d >= 0 && d <= 9) {
      if (first < 0) first = c;
      digits++;
      v = v * 10 + d;
    } else if (c > 64 || c === 46) letters = true;
    else if (c === 43) plus = true;
  }
  if (!letters) {
    if (digits === 0) return false;
    if (digits <= MAX_EXACT_DIGITS) {
      hashDigits(v, digits, first, plus);
      return true;
    }
  }
  let a = SEED1;
  let b = SEED2;
  let len = 0;
  if (letters) {
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c === 32) continue;
      if (c >= 97 && c <= 122) c -= 32;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      len++;
    }
  } else {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) continue;
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      len++;
    }
  }
  finish(a, b, len);
  return len > 0;
}

/** The canonical key of a written number ("8 701 123-45-67" → "+77011234567"); sender ids upper-cased. */
export function canonicalNumber(s: string): string {
  if (/[A-Za-z\u0400-\u04FF.]/.test(s)) return s.replace(/ /g, '').toUpperCase();
  let d = s.replace(/\D/g, '');
  if (d.length === 11 && d.startsWith('8')) d = `7${d.slice(1)}`;
  else if (d.length === 10 && d.charCodeAt(0) >= 51 && !s.includes('+')) d = `7${d}`;
  return d.length >= 10 ? `+${d}` : d;
}

/** A short number (3 to 5 digits, as canonicalNumber writes it): an operator's service code, such as 1414 or 9999. */
export function isShortNumber(key: string): boolean {
  return key.length >= 3 && key.length <= 5 && /^\d+$/.test(key);
}

/** isNumericSender for a string. */
export function isNumericSenderString(s: string): boolean {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 43 && c !== 32 && c !== 45 && c !== 40 && c !== 41) return false;
  }
  return digits >= 5;
}

/** True when a sender is a phone number rather than an alphanumeric sender id. */
export function isNumericSender(buf: Uint8Array, start: number, end: number): boolean {
  let digits = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 43 && c !== 32 && c !== 45 && c !== 40 && c !== 41) return false;
  }
  return digits >= 5;
}
