// Character classes the number extractor and its surroundings check share, per UTF-16 code unit.

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Per code unit: 0 not asked yet, 1 a letter (\p{L}), 2 not; filled from the regex on first sight. */
const LETTER = new Uint8Array(65536);

/** Whether text[i] exists and is a letter. */
export function letterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  let known = LETTER[c]!;
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = known;
  }
  return known === 1;
}
