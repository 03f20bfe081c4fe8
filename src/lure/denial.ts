// What a message says an organization never does ("банк никогда не просит назвать код", "университет … SMS-кодтарды
// сұрамайды", "we will never ask for your PIN") and what it tells of scammers ("жильцам звонят «из ОСИ» и просят
// продиктовать код"): the requests in such a sentence are denied or reported, not made to the reader. Warnings from
// banks, utilities and schools are written exactly so, and read word by word they ask for everything a lure does.
import type { Hit } from './hits.js';
import { lastInSentence } from './sentence.js';
import type { SentenceIndex } from './sentence.js';
import type { Tokens } from './tokenize.js';

/** "Мошенники", "алаяқтар", "scammers", "поступают жалобы": the sentence tells what scammers do. */
export const SCOPE_DESCRIBES = 0;
/** "Никогда не просит", "сұрамайды", "will never ask": the sentence tells what the writer never does. */
export const SCOPE_DENIAL = 1;

export interface ScopeRules {
  /** Codes a denial takes back: every sign of a lure (the organization says it never does it). */
  denied(code: number): boolean;
  /** Codes a description takes back: requests only; its pretext ("мошенники оформили на вас кредит") is a lure's too. */
  reported(code: number): boolean;
}

/**
 * The hits outside every scope; `scopes` holds triples (kind, start, end of the marker in the text). A marker governs
 * the rest of its sentence; a denial that ends its sentence governs the whole of it, since then the verb comes last
 * (Kazakh: "…деректерін және SMS-кодтарды сұрамайды"; "коды из SMS мы не запрашиваем").
 */
export function outsideScopes(hits: Hit[], scopes: readonly number[], text: string, tokens: Tokens, rules: ScopeRules, sentences: SentenceIndex): Hit[] {
  // Per sentence: the first place from which a denial, or a description, governs what follows, and the last place
  // up to which a sentence-ending denial governs what precedes. Hits then ask their own sentence only.
  const reach = new Map<number, [number, number, number]>();
  for (let k = 0; k < scopes.length; k += 3) {
    const denial = scopes[k] === SCOPE_DENIAL;
    const start = scopes[k + 1]!;
    const end = scopes[k + 2]!;
    const at = sentences.of(end);
    let r = reach.get(at);
    if (r === undefined) reach.set(at, (r = [Infinity, Infinity, -1]));
    if (denial) r[0] = Math.min(r[0], start);
    else r[1] = Math.min(r[1], start);
    if (denial && lastInSentence(text, end)) {
      const own = sentences.of(start);
      let b = reach.get(own);
      if (b === undefined) reach.set(own, (b = [Infinity, Infinity, -1]));
      b[2] = Math.max(b[2], start);
    }
  }
  return hits.filter((h) => {
    const from = tokens.origStart[h.from]!;
    const to = tokens.origEnd[h.to]!;
    const r = reach.get(sentences.of(from));
    if (r === undefined) return true;
    if (rules.denied(h.code) && (from >= r[0] || to <= r[2])) return false;
    return !(rules.reported(h.code) && from >= r[1]);
  });
}

/** Words after which a clause begins, so that a name of scammers right after them is its subject. */
const CLAUSE_OPENERS = new Set(['что', 'когда', 'как', 'если', 'ведь', 'где', 'сейчас', 'теперь', 'часто', 'that', 'when', 'if', 'as', 'because', 'now', 'often', 'кезде', 'уақытта', 'қазір', 'жақында']);

/**
 * Whether the words at `at` open a clause: scammers named as the subject ("Внимание! Мошенники звонят…", "участились
 * случаи, когда мошенники…") tell what they do; named later in a clause ("…оформили кредит мошенники и надо перевести…")
 * they are part of a story whose requests may be the reader's own to weigh.
 */
export function opensClause(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && !/[\p{L}\p{N}.,!?:;\n—–(]/u.test(text.charAt(i))) i--;
  if (i < 0 || !/[\p{L}\p{N}]/u.test(text.charAt(i))) return true;
  let start = i;
  while (start > 0 && /[\p{L}\p{N}-]/u.test(text.charAt(start - 1))) start--;
  return CLAUSE_OPENERS.has(text.slice(start, i + 1).toLowerCase());
}
