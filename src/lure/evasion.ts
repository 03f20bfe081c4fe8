// Words written to slip past filters: Latin and Cyrillic look-alikes interleaved inside a word ("пeрeзвoнитe",
// "іntеrеstіng") or digits standing for letters ("Y0ur", "авт0ризации"). The analyzer reads through them; that a
// message uses them at all is a sign of its own, since organizations and people write their words plainly.
// What is not such a trick: a Latin name with a Kazakh or Russian ending ("Kaspi-ге", "Kaspiге": one switch of
// script), the Latin "i" typed for the Kazakh "і" on a Russian keyboard ("бiлемiн"), Kazakh letters inside Kazakh
// typed in Latin ("keliңder"), and codes where digits are the bulk ("RB123456789KZ", "ASNLT20AE01").
import type { CharTable } from './char-table.js';
import { CYR, LAT } from './char-table.js';
import type { Tokens } from './tokenize.js';
import { SCRIPT_CYR } from './tokenize.js';

/** Script switches inside a word that no keyboard habit makes: a word and its ending switch once. */
const MIN_SWITCHES = 2;
/** Digits-for-letters needs a real word around them: at least this many letters, and more than twice the digits. */
const LEET_MIN_LETTERS = 3;

const LATIN_I = 0x69;
const LATIN_CAPITAL_I = 0x49;

/** Whether text[from, to), a word whose majority script is `script`, interleaves Cyrillic and Latin letters. */
function interleaves(text: string, from: number, to: number, script: number, table: CharTable): boolean {
  let last = 0;
  let switches = 0;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    const k = table.cls[c]!;
    if (k !== CYR && k !== LAT) continue;
    if (script === SCRIPT_CYR ? c === LATIN_I || c === LATIN_CAPITAL_I : table.kk[c] === 1) continue;
    if (last !== 0 && k !== last) switches++;
    last = k;
  }
  return switches >= MIN_SWITCHES;
}

/** Whether the folded word buf[from, to) has a digit between two letters, and few digits for its letters. */
function digitsForLetters(buf: Uint16Array, from: number, to: number): boolean {
  let digits = 0;
  let letters = 0;
  let inside = false;
  for (let p = from; p < to; p++) {
    const c = buf[p]!;
    if (c >= 0x30 && c <= 0x39) {
      digits++;
      if (p > from && p + 1 < to && isLetter(buf[p - 1]!) && isLetter(buf[p + 1]!)) inside = true;
    } else if (isLetter(c)) letters++;
  }
  return inside && letters >= LEET_MIN_LETTERS && digits * 2 < letters;
}

/** Folded letters are lower-case Latin or beyond; digits and the signs read as digits fold below 'a'. */
function isLetter(c: number): boolean {
  return c >= 0x61;
}

/** The first word written to slip past filters (its token index), or -1. */
export function firstEvasion(tokens: Tokens, text: string, table: CharTable): number {
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.mixed[i] === 1 && interleaves(text, tokens.origStart[i]!, tokens.origEnd[i]!, tokens.script[i]!, table)) return i;
    if (tokens.leet[i] === 1 && digitsForLetters(tokens.buf, tokens.bufStart[i]!, tokens.bufEnd[i]!)) return i;
  }
  return -1;
}
