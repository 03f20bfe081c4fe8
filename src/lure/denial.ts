// What a message says an organization never does ("банк никогда не просит назвать код", "университет … SMS-кодтарды
// сұрамайды", "we will never ask for your PIN") and what it tells of scammers ("жильцам звонят «из ОСИ» и просят
// продиктовать код"): the requests in such a sentence are denied or reported, not made to the reader. Warnings from
// banks, utilities and schools are written exactly so, and read word by word they ask for everything a lure does.
import type { CodeTable } from './code-table.js';
import type { Hit } from './hits.js';
import { lastInSentence, SentenceIndex } from './sentence.js';
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

/** Requests a sentence about scammers tells rather than makes. */
export const REQUESTS = ['code_request', 'personal_data', 'remote_access', 'safe_account', 'link_request', 'verify_request', 'payment_request', 'reply_request', 'messenger_move'];
/** Requests no real notice makes of its reader, whatever else it says: for the code, the card, the savings, the screen. */
const STRONG = ['code_request', 'personal_data', 'safe_account', 'remote_access'];

export const GATE_CAMOUFLAGE = 1;
export const GATE_STRONG = 2;
export const GATE_SECRECY = 4;

/** How a message's warnings are read: their scopes, and when a warning is camouflage or a demand for secrecy. Built once per analyzer. */
export class WarningReading {
  readonly rules: ScopeRules;
  /** Per phrase, what it may set off once the hits are settled (most messages have none of these, and skip the passes). */
  readonly gate: Int8Array;
  private readonly strong: boolean[];
  private readonly protective: number;
  private readonly warning: number;
  private readonly secrecy: number;

  constructor(codes: CodeTable, isSignal: (code: number) => boolean, phraseCode: readonly number[]) {
    const towardsFraud = (code: number): boolean => isSignal(code) && codes.weight(code) > 0;
    const request = codes.ofFamilies(REQUESTS).map((asks, c) => asks && towardsFraud(c));
    this.rules = { denied: towardsFraud, reported: (code) => request[code] === true };
    this.strong = codes.ofFamilies(STRONG);
    this.protective = codes.id('protective');
    this.warning = codes.id('warning');
    this.secrecy = codes.id('threat.secrecy');
    this.gate = Int8Array.from(phraseCode, (c) => (this.camouflage(c) ? GATE_CAMOUFLAGE : 0) | (this.strong[c] === true ? GATE_STRONG : 0) | (c === this.secrecy ? GATE_SECRECY : 0));
  }

  private camouflage(code: number): boolean {
    return code === this.protective || code === this.warning;
  }

  /**
   * The hits without a warning worn as camouflage — a message that tells its reader, in the imperative, to give the
   * code or move the money while it warns of scammers ("…продиктуйте код, который придёт вам в SMS. Будьте бдительны:
   * по квартирам ходят мошенники"; a warning tells what scammers ask: "просят продиктовать код") — and without the
   * "tell no one" of a sentence that demands secrecy ("никому не сообщайте о проверке, это тайна следствия"), which
   * isolates the reader from their bank rather than protects them.
   */
  unworn(all: Hit[], gates: number, text: string, tokens: Tokens, sentences: SentenceIndex | undefined): Hit[] {
    let out = all;
    const both = GATE_CAMOUFLAGE | GATE_STRONG;
    if ((gates & both) === both && out.some((h) => this.camouflage(h.code)) && out.some((h) => this.strong[h.code] === true && saysToReader(text, tokens, h))) {
      out = out.filter((h) => !this.camouflage(h.code));
    }
    const secret = (gates & GATE_SECRECY) === 0 ? undefined : out.find((h) => h.code === this.secrecy);
    if (secret !== undefined) {
      const index = sentences ?? new SentenceIndex(text);
      const at = index.of(tokens.origStart[secret.from]!);
      out = out.filter((h) => h.code !== this.protective || index.of(tokens.origStart[h.from]!) !== at);
    }
    return out;
  }
}

/** Russian and Kazakh endings of a request made to the reader ("продиктуйте", "назовите", "айтыңыз", "жіберіңіздер"). */
const IMPERATIVE = /(?:[ийь]те|[ийь]тесь|ңыз|ңіз|ңыздар|ңіздер)$/u;
/** Kazakh says "do not" in the verb ("айтпаңыз", "бермеңіз"); Russian with "не" before it. */
const NOT_KK = /(?:ма|ме|па|пе|ба|бе)ңыз$|(?:ма|ме|па|пе|ба|бе)ңіз$/u;
/** Words before a request's object that may be its verb ("переведите остаток на защищённый счёт"). */
const VERB_REACH = 3;

/** Whether the hit, or a word just before it, is a verb in the imperative, not negated. */
function saysToReader(text: string, tokens: Tokens, h: Hit): boolean {
  const word = (i: number): string => text.slice(tokens.origStart[i], tokens.origEnd[i]).toLowerCase();
  for (let i = Math.max(0, h.from - VERB_REACH); i <= h.to; i++) {
    const w = word(i);
    if (IMPERATIVE.test(w) && !NOT_KK.test(w) && (i === 0 || word(i - 1) !== 'не')) return true;
  }
  return false;
}
