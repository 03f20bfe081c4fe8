// Digits written in other forms to slip past filters that look for 0-9: fullwidth (８７０１), circled (⑧⑦⓪①),
// superscript, other scripts' digits (٨٧٠١), and keycap emoji (8️⃣7️⃣ — an ASCII digit followed by U+FE0F and the
// enclosing keycap U+20E3, marks that would break a run of digits). They are read as the digits they show.

/** Per BMP code unit: 0 nothing to change, 1–10 a digit (value + 1), JOINER a mark to read as a space. */
const TABLE = new Uint8Array(65536);
const JOINER = 11;

/** Dingbat circled digits have no compatibility decomposition: ❶–❾, ➀–➈, ➊–➒ (1–9 each). */
const DINGBAT_RUNS = [0x2776, 0x2780, 0x278a];

// Every BMP character past ASCII in one string (surrogates as spaces), read by one regex scan: a test per
// character would cost every process that reads numbers some 18 ms at start, this some 6.
const units = new Uint16Array(0x10000 - 0x80);
for (let i = 0; i < units.length; i++) units[i] = i + 0x80 >= 0xd800 && i + 0x80 <= 0xdfff ? 0x20 : i + 0x80;
for (const m of new TextDecoder('utf-16le').decode(units).matchAll(/\p{Nd}+|\p{No}/gu)) {
  const at = m.index + 0x80;
  const found = m[0];
  if (found.length > 1 || /\p{Nd}/u.test(found)) {
    // decimal digits come in runs of ten, zero first
    for (let k = 0; k < found.length; k++) TABLE[at + k] = (k % 10) + 1;
  } else {
    const k = found.normalize('NFKC');
    if (k.length === 1 && k >= '0' && k <= '9') TABLE[at] = k.charCodeAt(0) - 0x30 + 1;
  }
}
for (const start of DINGBAT_RUNS) for (let d = 1; d <= 9; d++) TABLE[start + d - 1] = d + 1;
// ⓿, the dingbat zero
TABLE[0x24ff] = 1;
TABLE[0xfe0f] = JOINER;
TABLE[0x20e3] = JOINER;

/**
 * Whether text has a digit in another form than 0-9, or a keycap mark. One pass over the text: the analyzer
 * learns it from its tokenizer instead (Tokens.otherDigits) and passes it on.
 */
export function hasOtherDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xb2) continue;
    const v = TABLE[c]!;
    if (v > 0 && v <= 10) return true;
    // a keycap: the mark right after an ASCII digit (U+FE0F alone also follows hearts and other emoji)
    if (v === JOINER && i > 0 && (text.charCodeAt(i - 1) - 0x30) >>> 0 <= 9) return true;
  }
  return false;
}

/** The value 0–9 of a digit written in another form, or -1. */
export function otherDigitValue(c: number): number {
  const v = TABLE[c]!;
  return v > 0 && v <= 10 ? v - 1 : -1;
}

/** text of the same length, with every other digit form written 0-9 and keycap marks as spaces: offsets stay. */
export function plainDigits(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const v = TABLE[text.charCodeAt(i)]!;
    if (v === 0) continue;
    out += text.slice(from, i) + (v === JOINER ? ' ' : String.fromCharCode(0x30 + v - 1));
    from = i + 1;
  }
  return out + text.slice(from);
}
