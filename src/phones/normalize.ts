// Turns one written phone number into its canonical key (E.164, or the digits of a short number),
// its kind and a readable form. libphonenumber-js does the numbering-plan work; KZ is the default region.
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode, PhoneNumber, PhoneNumberType } from 'libphonenumber-js/max';
import { FORMS, classAt, slotOf } from './plus-seven-classes.js';
import type { PrefixClass } from './plus-seven-classes.js';
import type { NormalizedNumber, NumberKind } from './types.js';

/** Letters people (and scammers dodging filters) write instead of the digit zero: Latin O/o, Cyrillic О/о. */
export function isZeroLetter(code: number): boolean {
  return code === 0x4f || code === 0x6f || code === 0x41e || code === 0x43e;
}

/** Short service numbers (emergency lines, bank and operator short codes) are 3–5 digits. */
export const SHORT_MIN = 3;
export const SHORT_MAX = 5;

const SEPARATORS = /[\s\u00a0\u2009\u202f().\-–—_/]/g;

/** Digits of a written number, with look-alike zeros resolved; "+" kept when it leads. Null if other characters remain. */
export function cleanDigits(input: string): string | null {
  // Most inputs are already bare digits ("87011234567", "+77011234567"): nothing to clean, nothing to copy.
  if (isBare(input)) return input.charCodeAt(0) === 0x30 && input.charCodeAt(1) === 0x30 ? `+${input.slice(2)}` : input;
  let s = input.trim().replace(SEPARATORS, '');
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += s.charAt(i);
    else if (isZeroLetter(c)) out += '0';
    else if (c === 0x2b && i === 0) out += '+';
    else return null;
  }
  if (out.startsWith('00')) out = `+${out.slice(2)}`;
  s = out;
  return s.length > 0 ? s : null;
}

/** Digits only, optionally after one leading "+" (which must be followed by a digit to count as bare). */
function isBare(input: string): boolean {
  const n = input.length;
  let i = n > 1 && input.charCodeAt(0) === 0x2b ? 1 : 0;
  if (i === n || n === 0) return false;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function kindOf(type: PhoneNumberType | undefined, country: string | undefined, defaultCountry: string, sameCallingCode: boolean): NumberKind {
  if (type === 'PREMIUM_RATE') return 'premium';
  // Toll-free +7 800 numbers are shared by Kazakhstan and Russia: local to a KZ reader either way.
  if (type === 'TOLL_FREE' && sameCallingCode) return 'fixed';
  if (country !== undefined && country !== defaultCountry) return 'international';
  switch (type) {
    case 'MOBILE':
    case 'FIXED_LINE_OR_MOBILE':
      return 'mobile';
    case 'FIXED_LINE':
    case 'TOLL_FREE':
    case 'SHARED_COST':
    case 'UAN':
    case 'VOIP':
    case 'PERSONAL_NUMBER':
    case 'VOICEMAIL':
    case 'PAGER':
      return 'fixed';
    default:
      return 'unknown';
  }
}

/** "+7 701 123 45 67" for the 10-digit national numbers of +7; libphonenumber's international form otherwise. */
function displayOf(p: PhoneNumber): string {
  const n = p.nationalNumber;
  return p.countryCallingCode === '7' && n.length === 10 ? plusSevenDisplay(n, 0) : p.formatInternational();
}

/** "+7 701 123 45 67": the display of a +7 number whose 10 national digits start at `at` in `digits`. */
export function plusSevenDisplay(digits: string, at: number): string {
  return `+7 ${digits.slice(at, at + 3)} ${digits.slice(at + 3, at + 6)} ${digits.slice(at + 6, at + 8)} ${digits.slice(at + 8, at + 10)}`;
}

/**
 * Normalizes one written number. Short numbers (3–5 digits, no "+") stay as their digits.
 * A number the numbering plan does not know but that has a possible length gets kind "unknown";
 * anything else is not a phone number (null).
 */
export function normalizeNumber(input: string, defaultCountry = 'KZ'): NormalizedNumber | null {
  const digits = cleanDigits(input);
  if (digits === null) return null;
  const fast = plusSevenFast(digits, defaultCountry);
  if (fast !== undefined) return fast;
  // Mass messages repeat the same few numbers; libphonenumber costs tens of microseconds per parse.
  const cacheKey = `${defaultCountry}|${digits}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached === null ? null : { ...cached };
  const found = parseDigits(digits, defaultCountry);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(cacheKey, found);
  return found === null ? null : { ...found };
}

const CACHE_MAX = 10_000;
const cache = new Map<string, NormalizedNumber | null>();

/** The libphonenumber reading of digits already cleaned (cleanDigits); the +7 table's maker asks it too. */
export function parseDigits(digits: string, defaultCountry: string): NormalizedNumber | null {
  if (!digits.startsWith('+') && digits.length >= SHORT_MIN && digits.length <= SHORT_MAX) {
    return { key: digits, kind: 'short', country: defaultCountry, display: digits };
  }
  const bare = digits.startsWith('+') ? digits.length - 1 : digits.length;
  if (bare < 8 || bare > 15) return null;
  if (!isSupportedCountry(defaultCountry)) return null;
  const region: CountryCode = defaultCountry;
  const p = parsePhoneNumberFromString(digits, region);
  if (!p) return null;
  const defaultCode = getCountryCallingCode(region);
  // getType() matches the number against every type's pattern: a type means the number is valid,
  // so isValid() (the same matching again) is not needed
  const type = p.getType();
  if (type !== undefined) {
    const kind = kindOf(type, p.country, defaultCountry, p.countryCallingCode === defaultCode);
    const country = type === 'TOLL_FREE' && p.countryCallingCode === defaultCode ? undefined : p.country;
    return { key: p.number, kind, ...(country ? { country } : {}), display: displayOf(p) };
  }
  // Another country's number of a possible length that its plan (as libphonenumber knows it) does not list, written with
  // its country code: whoever reads it dials abroad, and plans gain ranges faster than the metadata follows.
  const kind = p.countryCallingCode === defaultCode ? 'unknown' : 'international';
  if (p.isPossible()) return { key: p.number, kind, ...(p.country ? { country: p.country } : {}), display: displayOf(p) };
  return null;
}

// Fast path for the dominant case: a +7 number written as "+7NNNNNNNNNN", "8NNNNNNNNNN",
// "7NNNNNNNNNN" or "NNNNNNNNNN" (10 national digits). In the +7 plans of libphonenumber's metadata (KZ and RU), every
// type pattern for a 10-digit national number is a leading-digit pattern followed by free digits
// (\d{n}), so the country and type of such a number depend on its leading digits only. Most ranges
// are fixed by the first 3 national digits; the patterns that look deeper are KZ fixed lines 71x/72x
// (up to 5 digits: "7(?:1(?:0(?:[23]\d|4[0-3]|…") and RU mobiles 93x (up to 6: "9(?:3(?:0(?:0(?:05|…").
// So one libphonenumber parse per prefix (3 digits, 5 under 71/72, 6 under 93) gives the answer for every
// number with that prefix. Those answers are a table (plus-seven-table.ts, 13 000 prefixes per country and written
// form), made by scripts/gen-plus-seven.ts from libphonenumber itself: asked lazily instead, every new landline
// prefix cost a parse of tens of microseconds, and a stream of Kazakh landlines (71x/72x, 2 000 prefixes per form)
// kept paying it. plus-seven-table.test.ts regenerates the table and fails when libphonenumber's metadata has
// moved on from it; the property tests in fast-path.property.test.ts check the numbers against libphonenumber.
// The table and its slots are plus-seven-classes.ts; plus-seven-gen.ts makes it.

/**
 * Whether digits starting d0 d1 d2 begin with a prefix for calling abroad ("00", or "8 10" in the +7 plans): what
 * follows is another country's number, and which one depends on more than a prefix's digits.
 */
export function dialsAbroad(d0: number, d1: number, d2: number): boolean {
  return (d0 === 0 && d1 === 0) || (d0 === 8 && d1 === 1 && d2 === 0);
}

/** The default country's place among the +7 plans the fast path knows (KZ 0, RU 1), or -1. */
function plusSevenCountry(defaultCountry: string): number {
  return defaultCountry === 'KZ' ? 0 : defaultCountry === 'RU' ? 1 : -1;
}

function plusSevenFast(digits: string, defaultCountry: string): NormalizedNumber | null | undefined {
  const country = plusSevenCountry(defaultCountry);
  if (country < 0) return undefined;
  let at: number;
  let form: number;
  if (digits.length === 12 && digits.charCodeAt(0) === 0x2b && digits.charCodeAt(1) === 0x37) {
    at = 2;
    form = 0;
  } else if (digits.length === 11 && (digits.charCodeAt(0) === 0x38 || digits.charCodeAt(0) === 0x37)) {
    at = 1;
    form = digits.charCodeAt(0) === 0x38 ? 1 : 2;
  } else if (digits.length === 10 && digits.charCodeAt(0) !== 0x2b && !dialsAbroad(digits.charCodeAt(0) - 0x30, digits.charCodeAt(1) - 0x30, digits.charCodeAt(2) - 0x30)) {
    // ten digits with no prefix: parcel, order and account numbers are written so as often as phone numbers
    at = 0;
    form = 3;
  } else {
    return undefined;
  }
  const cls = prefixClass(digits, at, country * FORMS + form);
  if (cls === null) return undefined;
  const key = at === 2 ? digits : `+7${digits.slice(at)}`;
  const display = plusSevenDisplay(key, 2);
  return cls.country ? { key, kind: cls.kind, country: cls.country, display } : { key, kind: cls.kind, display };
}

/** The class of the +7 number `digits` whose 10 national digits start at `at`; `variant` is country * FORMS + written form. */
function prefixClass(digits: string, at: number, variant: number): PrefixClass | null {
  // (Digits read inline: a closure here would be created, and under tsx named, on every call.)
  const slot = slotOf(
    digits.charCodeAt(at) - 0x30,
    digits.charCodeAt(at + 1) - 0x30,
    digits.charCodeAt(at + 2) - 0x30,
    digits.charCodeAt(at + 3) - 0x30,
    digits.charCodeAt(at + 4) - 0x30,
    digits.charCodeAt(at + 5) - 0x30,
  );
  return classAt(variant, slot);
}

/**
 * The class plusSevenFast gives the number written as "+7", "8", "7" or nothing (form 0–3) before the 10 national
 * digits held as values in nat[at, at + 10): the extractor reads a number's digits into such an array, and
 * needs no string for a candidate it then drops. Undefined when the fast path does not apply (country),
 * null when the prefix is left to libphonenumber.
 */
export function plusSevenClass(nat: Uint8Array, at: number, form: number, defaultCountry: string): PrefixClass | null | undefined {
  const country = plusSevenCountry(defaultCountry);
  if (country < 0) return undefined;
  const slot = slotOf(nat[at]!, nat[at + 1]!, nat[at + 2]!, nat[at + 3]!, nat[at + 4]!, nat[at + 5]!);
  return classAt(country * FORMS + form, slot);
}

/**
 * normalizeNumber(input)?.key ?? null, without building the rest for a key the +7 fast path already
 * gives back as it is ("+77011234567"): the registry asks this of every number found in a message.
 */
export function keyOf(input: string, defaultCountry = 'KZ'): string | null {
  if (input.length === 12 && input.charCodeAt(0) === 0x2b && input.charCodeAt(1) === 0x37 && isBare(input)) {
    const country = plusSevenCountry(defaultCountry);
    if (country >= 0 && prefixClass(input, 2, country * FORMS) !== null) return input;
  }
  return normalizeNumber(input, defaultCountry)?.key ?? null;
}

/** The libphonenumber path alone, without the prefix fast path or the cache (for tests and benchmarks). */
export function normalizeNumberSlow(input: string, defaultCountry = 'KZ'): NormalizedNumber | null {
  const digits = cleanDigits(input);
  return digits === null ? null : parseDigits(digits, defaultCountry);
}
