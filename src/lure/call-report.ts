// A call word in the past tense reports a call somebody made ("я позвонила на 8 701…", "банкке хабарластым",
// "I called them twice"); it asks the reader for nothing. The lexicon's call words are stems that read every form,
// and nouns of the same stem ("звонок") read the verb's past ("звонил") too, so the form of the text word decides.
// Forms over folded letters (ә→а, қ→к, ң→н, і→и …), as the tokenizer leaves them.
import type { Tokens } from './tokenize.js';

/** Russian past tense: a vowel, л, the agreement, a reflexive ending ("звонил", "набрала", "связались"). */
const RU_PAST = /[аеиоуыяю]л[аои]?(?:ся|сь)?$/;
/**
 * Kazakh: the call verbs' stems (хабарлас-, байланыс-, звонда-) with an ending that begins a past tense or a past
 * participle ("хабарлас-тым", "хабарлас-канмын"; kk-suffixes.json names these beginnings "reports"). A stem is
 * needed: the same endings close nouns ("коныраунызды", your call) and Russian words ("подробности").
 */
const KK_PAST = /^(?:хабарлас|байланыс|звонда|habarlas|bailanys|baylanys)(?:ты|ти|ды|ди|кан|ган|ty|ti|dy|di|qan|kan|gan|ken|gen)/;
/** English past: "called", "dialled", "contacted", "phoned", "rang". */
const EN_PAST = /(?:ed|^rang)$/;

/** Whether text word i is the past tense of a call verb (the caller already knows the word is a call word). */
export function reportsCall(tokens: Tokens, i: number): boolean {
  const from = tokens.bufStart[i]!;
  const to = tokens.bufEnd[i]!;
  if (to - from < 3) return false;
  const word = String.fromCharCode(...tokens.buf.subarray(from, to));
  return RU_PAST.test(word) || KK_PAST.test(word) || EN_PAST.test(word);
}
