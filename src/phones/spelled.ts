// Numbers written with words for digits ("eight seven zero one - 550 - 23 - 98", "сегіз жеті нөл бір…"), a
// way to slip a call-back number past filters that look for digits. The words are turned into digits in a
// copy of the text of the same length (the rest of each word becomes FILLER, which the extractor's run
// reader steps over), so the extractor's spans point into the original text as they are.
import type { ExtractedNumber } from './types.js';

/** A code unit no text carries (a noncharacter): the letters of a digit word after its digit. */
export const FILLER = 0xffff;

const DIGIT_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ноль: 0, нуль: 0, один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9,
  нөл: 0, нөль: 0, бір: 1, екі: 2, үш: 3, төрт: 4, бес: 5, алты: 6, жеті: 7, сегіз: 8, тоғыз: 9,
  // Kazakh and Russian typed in Latin letters
  nol: 0, nöl: 0, bir: 1, eki: 2, üsh: 3, ush: 3, úsh: 3, tört: 4, tort: 4, bes: 5, alty: 6, jeti: 7, zheti: 7, segiz: 8, togyz: 9, toǵyz: 9, toghyz: 9,
  nul: 0, odin: 1, dva: 2, tri: 3, chetyre: 4, pyat: 5, shest: 6, sem: 7, vosem: 8, devyat: 9,
};

/** Every word read as a digit, as written here (the lexicon's matcher counts them: see compile.ts). */
export const DIGIT_WORD_FORMS: readonly string[] = Object.keys(DIGIT_WORDS);

/** Fewer digit words than this cannot be the bulk of a number's ten digits. */
const MIN_WORDS = 3;

const WORD = /[\p{L}]+/gu;

/** The text with every digit word turned into its digit and FILLER, or null when it has too few to hold a number. */
export function spelledDigits(text: string): string | null {
  let out: string[] | null = null;
  let last = 0;
  let words = 0;
  for (const m of text.matchAll(WORD)) {
    const d = DIGIT_WORDS[m[0].toLowerCase()];
    if (d === undefined) continue;
    words++;
    out ??= [];
    out.push(text.slice(last, m.index), String(d), String.fromCharCode(FILLER).repeat(m[0].length - 1));
    last = m.index + m[0].length;
  }
  if (out === null || words < MIN_WORDS) return null;
  out.push(text.slice(last));
  return out.join('');
}

/**
 * The numbers of a text that writes digits as words, found by `extract` in the digit copy; each is
 * marked obfuscated and shows what the text wrote. Empty when the text has no such number.
 */
export function extractSpelled(text: string, extract: (text: string) => ExtractedNumber[]): ExtractedNumber[] {
  const digits = spelledDigits(text);
  if (digits === null) return [];
  return extract(digits).map((n) => ({ ...n, raw: text.slice(n.span[0], n.span[1]), obfuscated: true }));
}
