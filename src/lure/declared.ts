// What a writer declares a fake: "В соцсетях распространяются сообщения о «выплате…» со ссылкой на регистрацию. Это
// ФЕЙК.", "SMS о налоговой задолженности со ссылкой для оплаты — фишинг.", "These emails are fraudulent.", "…
// хабарламалар тарап жүр. Бұл ЖАЛҒАН ақпарат." Warnings describe a scheme in its own words, often without quote marks,
// and then name it; what they describe is told of, as a quotation is. A verdict asked ("это фейк?") declares nothing.
import { asked } from './quotation.js';
import type { SentenceIndex } from './sentence.js';

/** Fewer words than this before a verdict in its sentence ("Это ФЕЙК.", "These emails are fraudulent."): it names the sentence before. */
const OWN_WORDS = 3;

/**
 * The spans declared fakes, for verdicts given as triples (start, end, words of the phrase). A one-word verdict
 * ("фишинг", "фейк", "жалған") declares only after a dash or a colon ("…со ссылкой — фишинг"); alone it is a
 * word of the story ("подозрение на мошенничество").
 */
export function declaredFakes(text: string, verdicts: readonly number[], sentences: SentenceIndex): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < verdicts.length; k += 3) {
    const from = verdicts[k]!;
    const to = verdicts[k + 1]!;
    if (verdicts[k + 2] === 1 && !dashBefore(text, from)) continue;
    if (asked(text, from, to)) continue;
    const own = sentences.of(from);
    let start = sentences.startOf(own);
    if (wordsIn(text, start, from) < OWN_WORDS) start = sentences.startOf(own - 1);
    if (start < from && wordsIn(text, start, from) >= OWN_WORDS) out.push([start, from]);
  }
  return out;
}

function dashBefore(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === 0x2014 || c === 0x2013 || c === 45 || c === 58;
}

function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const letter = /[\p{L}\p{N}]/u.test(text.charAt(i));
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** Quotations and declared fakes as one list, in order and without overlaps, as insideAny reads spans. */
export function withDeclared(quotes: readonly [number, number][], declared: readonly [number, number][]): [number, number][] {
  const all = [...quotes, ...declared].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of all) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}
