// Cheap scans of the raw text around the analyzer's hits: digits, and numbers next to a call verb.

/** How close (in UTF-16 units) a call verb and a number must be to read as "call this number". */
export const NEAR = 40;

/** Whether a number (in text order) starts just after `to` or ends just before `from`. */
export function numberNear(found: readonly { span: [number, number] }[], from: number, to: number): boolean {
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (found[mid]!.span[0] < to) lo = mid + 1;
    else hi = mid;
  }
  if (lo < found.length && found[lo]!.span[0] - to <= NEAR) return true;
  for (let k = lo - 1; k >= 0; k--) {
    const end = found[k]!.span[1];
    if (end <= from) return from - end <= NEAR;
  }
  return false;
}

/** A phone-like run of digits right after a call verb, for numbers the extractor does not parse (foreign formats). */
export function digitRunAfter(text: string, from: number): boolean {
  let digits = 0;
  const end = Math.min(text.length, from + NEAR);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 7) return true;
    } else if (digits > 0 && !(c === 32 || c === 45 || c === 40 || c === 41 || c === 46)) return false;
  }
  return false;
}

/** Characters between a request for a code and the code written after it ("назовите код: 3381", "code «4821»"). */
const CODE_GAP = 4;

/**
 * Whether a code of 4 to 8 digits is written right after `from` ("При получении назовите код 3381"): a code the message
 * itself gives is one to hand over at a pickup, while a lure asks for a code that another message brings.
 */
export function codeWritten(text: string, from: number): boolean {
  let i = from;
  const gapEnd = Math.min(text.length, from + CODE_GAP);
  while (i < gapEnd && (text.charCodeAt(i) < 48 || text.charCodeAt(i) > 57)) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 58 || c === 0xa0 || c === 0xab || c === 34 || c === 45 || c === 0x2116)) return false;
    i++;
  }
  let digits = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
    digits++;
    i++;
  }
  return digits >= 4 && digits <= 8;
}

export function countDigits(s: string): number {
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++d >= 7) return d;
  }
  return d;
}
