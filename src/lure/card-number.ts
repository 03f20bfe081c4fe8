// A payment card number written out in full ("4400 4301 2233 1111"): the message asks for money to be
// sent to that card. A bank's own messages mask it ("*4417"); a request to pay a stranger writes it whole.
import type { Tokens } from './tokenize.js';

const CARD_DIGITS = 16;
const GROUP = 4;

/** The [first, last] words of the first full card number among the text's words, or undefined. */
export function cardNumber(tokens: Tokens): [number, number] | undefined {
  let run = 0;
  for (let i = 0; i < tokens.count; i++) {
    const len = tokens.script[i] === 0 && tokens.leet[i] === 0 ? tokens.bufEnd[i]! - tokens.bufStart[i]! : 0;
    if (len === CARD_DIGITS) return [i, i];
    if (len !== GROUP) {
      run = 0;
      continue;
    }
    // Groups of four next to each other, in one line ("4400 4301 2233 1111", "4400-4301-…").
    run = run > 0 && tokens.origStart[i]! - tokens.origEnd[i - 1]! <= 2 ? run + 1 : 1;
    if (run === CARD_DIGITS / GROUP) return [i - run + 1, i];
  }
  return undefined;
}
