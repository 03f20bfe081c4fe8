// A letter's contact line: "По всем вопросам звоните…", "Сұрақтар бойынша … хабарласыңыз", "If you have any
// questions, please call…" offers a line to call, as a signature does; it is no request to call back.
import { sentenceEnds } from './sentence.js';

/**
 * Characters from the end of a "questions" phrase to the call word it governs ("…about this invoice, please call";
 * in Kazakh the verb ends the sentence: "Сұрақтар бойынша деканатқа … телефонына хабарласыңыз").
 */
const OFFER_REACH = 120;

/** Whether a "questions" phrase ends (at one of `askedEnds`) before `at` in the same sentence, close enough to govern the call word there. */
export function offersContact(text: string, askedEnds: readonly number[], at: number): boolean {
  for (const end of askedEnds) {
    if (end > at || at - end > OFFER_REACH) continue;
    if (!sentenceEnds(text, end, at)) return true;
  }
  return false;
}
