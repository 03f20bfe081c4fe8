// Requests a message tells its reader not to make: "Don't follow the links or enter your card details", "не
// переводите деньги на «безопасный счёт»", "сілтемеге өтпеңіз", "бұл нөмірге хабарласпаңыз". Warnings are written
// so, and read word by word they ask for everything a lure does. Russian and English put the negation before the
// verb and its objects; Kazakh puts it inside the verb, which ends the clause. A lure's threat keeps its request
// ("если не перезвоните…", "until you call", "егер…"), and so does a negation that urges ("не забудьте перезвонить",
// "don't hesitate to call", "хабарласуды кешіктірмеңіз").
import type { Hit } from './hits.js';
import type { Tokens } from './tokenize.js';
import { hashOf } from './token-cache.js';

/** Words a negation may stand before its request's word (a verb and its object: "do not transfer money to safe accounts"). */
const REACH_BACK = 8;
/** A call verb is the negated verb itself, or next to it ("не звоните", "do not ever call", "never call back"). */
const REACH_CALL = 3;
/** Words after a Kazakh request's object that may be its verb ("сілтеме мен мессенджер арқылы банк картасының деректерін жинамайды"). */
const REACH_ON = 6;

const NEGATORS = new Set(['не', 'never', 'not', 'никогда']);
/** "Don't", "doesn't", "won't" are read as two words, the second "t". */
const CONTRACTED = new Set(['don', 'doesn', 'won', 'didn']);
/** Verbs whose negation urges ("не забудьте", "don't hesitate", "не медлите"): what follows them is asked for. */
const URGING = /^(?:забуд|забыв|отклад|отлож|медл|стесня|игнорир|пропуст|пропуск|упуст|упуск|тян|затяг|бой|бои|волну|пережив|беспоко|дожид|жди|ждит|теря|оставля|оставь|сомнев|нужн|надо|обязат|придет|forget|hesitate|delay|wait|ignore|miss|worry|panic|fail|put|let|lose|need|have|be\b)/u;
/** Words that make the clause a condition or a threat: the request is made all the same. */
const CONDITION = new Set(['если', 'пока', 'иначе', 'if', 'unless', 'until', 'otherwise', 'егер', 'айтпесе']);
/** Words that start a new command ("не переходите по ссылке, а позвоните…", "and call…"). */
const JOINERS = new Set(['и', 'а', 'но', 'затем', 'потом', 'лучше', 'просто', 'только', 'and', 'but', 'then', 'instead', 'just', 'simply', 'only', 'жане', 'ари', 'бирак', 'сосын', 'тек']);

/** Russian verb forms a negation asks with or denies with: imperative, infinitive, present. */
const RU_VERB = /(?:те|тесь|ть|ться|ти|ет|ит|ют|ут|ят|ат|ем|им|ете|ите|ется|ится|ются|ятся)$/u;
const KK_URGING = /^(?:кешиктир|умыт|калдыр|кут|ойлан|корык|аланда|уайымда|тартын|кидир|соз|асык)/u;

export interface RequestWords {
  /** Codes that ask the reader to do something (a call, a code, a link, a transfer). */
  request(code: number): boolean;
  /** Codes that are a call verb: they are their own verb, so Kazakh words after them do not govern them. */
  verb(code: number): boolean;
  /** The length of the lexicon stem the hit's last word matched, so that only an ending beyond it is read. */
  stemLength(h: Hit): number;
}

// Words are read folded (lower case, look-alikes resolved, Kazakh letters as their Russian kin: "өтпеңіз" is
// "отпениз"), and only once a cheap look at their length or last letters lets them through.
function wordAt(tokens: Tokens, i: number): string {
  return String.fromCharCode(...tokens.buf.subarray(tokens.bufStart[i], tokens.bufEnd[i]));
}

const N_T = 0x74;
const N_O = 0x6f;
const C_N = 0x43d;
const C_E = 0x435;
const M = 0x43c;
const A = 0x430;

/** "No" negates the noun after it ("no links or attachments"): it stands for a request's object, not a call. */
function isNo(tokens: Tokens, i: number): boolean {
  const at = tokens.bufStart[i]!;
  return tokens.bufEnd[i] === at + 2 && tokens.buf[at] === 0x6e && tokens.buf[at + 1] === N_O;
}

/** Whether word i negates what follows: "не", "not", "never", "никогда", or the "t" of "don't". */
function isNegator(tokens: Tokens, i: number): boolean {
  const { buf } = tokens;
  const at = tokens.bufStart[i]!;
  switch (tokens.bufEnd[i]! - at) {
    case 1:
      return buf[at] === N_T && i > 0 && CONTRACTED.has(wordAt(tokens, i - 1));
    case 2:
      return buf[at] === C_N && buf[at + 1] === C_E;
    case 3:
      return buf[at] === 0x6e && buf[at + 1] === N_O && buf[at + 2] === N_T;
    case 5:
    case 7:
      return LONG_NEGATORS.has(tokens, i);
    default:
      return false;
  }
}

/**
 * Endings after a Kazakh negation (folded): polite imperative, present, participle, and the past ("звондамаған",
 * "хабарласпады", "қоңырау шалмадым": nobody called, no call was made — told of, not asked).
 */
const KK_AFTER_NEGATION = ['ныз', 'низ', 'ныздар', 'низдер', 'ндар', 'ндер', 'йды', 'йди', 'ймыз', 'ймиз', 'ймын', 'ймин', 'йсыз', 'йсиз', 'йтын', 'йтин', 'ган', 'ген', 'ды', 'ди', 'дым', 'дим', 'дыныз', 'диниз', 'дык', 'дик'].map((e) => Uint16Array.from(e, (c) => c.charCodeAt(0)));
/** "жағдайда" (folded): after a past participle ("хабарласпаған жағдайда": should you not call) a condition, no denial. */
const KK_CASE = 'жагдай';
/** Of those, the present, which says what someone does not do. */
const KK_PRESENT = new Set([4, 5, 6, 7]);
const NEGATION_VOWEL = new Set([A, C_E]);
const NEGATION_CONSONANT = new Set([M, 0x431, 0x43f]);

/**
 * Where the negation ("ма", "ме", "ба", "бе", "па", "пе") of a Kazakh negative verb begins in word i (folded), or -1;
 * `present` asks for the present only ("жинамайды", "тексермейміз").
 */
function kazakhNegation(tokens: Tokens, i: number, present: boolean): number {
  const b = tokens.buf;
  const start = tokens.bufStart[i]!;
  const end = tokens.bufEnd[i]!;
  if (end - start < 5) return -1;
  // The last letters rule out nearly every word before the endings are tried.
  const c1 = b[end - 1];
  const c2 = b[end - 2];
  if (c1 === 0x44b || c1 === 0x438) {
    if (c2 !== 0x434) return -1;
  } else if (c1 === C_N) {
    if (present) return -1;
    const participle = (c2 === A || c2 === C_E) && b[end - 3] === 0x433;
    if (c2 !== 0x44b && c2 !== 0x438 && !participle) return -1;
    // a participle that opens a condition negates nothing the message asks
    if (participle && i + 1 < tokens.count && wordAt(tokens, i + 1).startsWith(KK_CASE)) return -1;
  } else if (c1 === M || c1 === 0x43a) {
    if (present || (c2 !== 0x44b && c2 !== 0x438)) return -1;
  } else if (c1 === 0x437) {
    if (c2 !== 0x44b && c2 !== 0x438) return -1;
  } else if (c1 !== 0x440 || present) return -1;
  for (let k = 0; k < KK_AFTER_NEGATION.length; k++) {
    if (present && !KK_PRESENT.has(k)) continue;
    const e = KK_AFTER_NEGATION[k]!;
    const at = end - e.length;
    if (at - 2 < start) continue;
    let same = true;
    for (let j = e.length - 1; j >= 0 && same; j--) same = b[at + j] === e[j];
    if (same && NEGATION_VOWEL.has(b[at - 1]!) && NEGATION_CONSONANT.has(b[at - 2]!)) return at - 2 - start;
  }
  return -1;
}

/** A set of folded words looked up by the hash the tokenizer computed for each word, then confirmed. */
class WordSet {
  private readonly hashes: Set<number>;
  /** 1,024 bits over the hashes: nearly every word is ruled out without a lookup. */
  private readonly filter = new Int32Array(32);
  constructor(private readonly words: Set<string>) {
    this.hashes = new Set([...words].map((w) => hashOf(Uint16Array.from(w, (c) => c.charCodeAt(0)), 0, w.length)));
    for (const h of this.hashes) this.filter[(h >>> 5) & 31]! |= 1 << (h & 31);
  }
  has(tokens: Tokens, i: number): boolean {
    const h = tokens.hash[i]!;
    return (this.filter[(h >>> 5) & 31]! & (1 << (h & 31))) !== 0 && this.hashes.has(h) && this.words.has(wordAt(tokens, i));
  }
}

const CONDITIONS = new WordSet(CONDITION);
const JOINING = new WordSet(JOINERS);
const ENDS_CLAUSE = new WordSet(new Set([...CONDITION, ...JOINERS]));
const LONG_NEGATORS = new WordSet(NEGATORS);

function breakBetween(text: string, tokens: Tokens, left: number, right: number): boolean {
  for (let i = tokens.origEnd[left]!; i < tokens.origStart[right]!; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 13 || c === 0x2014 || c === 0x2013 || c === 40 || c === 41) return true;
  }
  return false;
}

/** Whether a Russian or English negation before the hit, in its clause, denies it. */
function negatedBefore(text: string, tokens: Tokens, h: Hit, call: boolean): boolean {
  const reach = call ? REACH_CALL : REACH_BACK;
  for (let i = h.from - 1, seen = 0; i >= 0 && seen < reach; i--, seen++) {
    if (breakBetween(text, tokens, i, i + 1)) return false;
    if (!isNegator(tokens, i)) {
      if (!call && isNo(tokens, i)) return !conditionBefore(text, tokens, i);
      if (ENDS_CLAUSE.has(tokens, i)) return false;
      continue;
    }
    const verb = wordAt(tokens, i + 1);
    if (URGING.test(verb)) return false;
    // Russian "не" negates a verb ("не переходите"), not a noun or an adverb ("не позднее", "не менее").
    if (tokens.buf[tokens.bufStart[i]!] === C_N && !RU_VERB.test(verb)) return false;
    return !conditionBefore(text, tokens, i);
  }
  return false;
}

/** "If" words that open a past condition ("если вы ввели данные карты", "if you clicked the link"). */
const IF = new Set(['если', 'if']);
/** Past forms: Russian "-л", "-ла", "-ли", "-ло"; English "-ed" and the irregular verbs of giving a code or a card away. */
const L = 0x43b;
const N_O_CYR = 0x43e;
const VOWELS = new Set(['а', 'е', 'и', 'о', 'у', 'ы', 'я', 'ю'].map((ch) => ch.charCodeAt(0)));
const IRREGULAR_PAST = new Set(['gave', 'sent', 'told', 'paid']);

/** Whether word i is a past form, read off its last letters (folded) before anything is built. */
function pastAt(tokens: Tokens, i: number): boolean {
  const b = tokens.buf;
  const start = tokens.bufStart[i]!;
  const end = tokens.bufEnd[i]!;
  if (end - start < 3) return false;
  let last = end - 1;
  const c = b[last];
  if (c === 0x64) return b[last - 1] === 0x65;
  if (c === A || c === 0x438 || c === N_O_CYR) last--;
  if (b[last] !== L) return b[last] === 0x74 || b[last] === 0x65 ? IRREGULAR_PAST.has(wordAt(tokens, i)) : false;
  return last - 1 >= start && VOWELS.has(b[last - 1]!);
}
const IF_WORDS = new WordSet(IF);

/**
 * Whether the request is the condition of something already done ("Если вы ввели данные карты на поддельном сайте,
 * заблокируйте карту", "If you clicked the link and entered your credentials, change your password"): warnings say
 * what to do after it; a lure's request is made now.
 */
function pastCondition(text: string, tokens: Tokens, h: Hit): boolean {
  // the request's own first word may be the past verb ("clicked the link")
  let past = pastAt(tokens, h.from);
  for (let i = h.from - 1, seen = 0; i >= 0 && seen < REACH_BACK; i--, seen++) {
    if (breakBetween(text, tokens, i, i + 1)) return false;
    if (IF_WORDS.has(tokens, i)) return past;
    if (!past && pastAt(tokens, i)) past = true;
  }
  return false;
}

/** A condition earlier in the clause ("если вы не…", "if you do not…", "егер…"). */
function conditionBefore(text: string, tokens: Tokens, at: number): boolean {
  for (let i = at - 1, seen = 0; i >= 0 && seen < REACH_BACK; i--, seen++) {
    if (breakBetween(text, tokens, i, i + 1)) return false;
    if (CONDITIONS.has(tokens, i)) return true;
  }
  return false;
}

/** Whether word i ends as a Kazakh polite imperative does ("жіберіңіз", "айтыңыздар"; folded "-ныз", "-низ", "-ндар", "-ндер"). */
function imperative(tokens: Tokens, i: number): boolean {
  const b = tokens.buf;
  const end = tokens.bufEnd[i]!;
  if (end - tokens.bufStart[i]! < 5) return false;
  const c1 = b[end - 1];
  if (c1 === 0x437) return (b[end - 2] === 0x44b || b[end - 2] === 0x438) && b[end - 3] === C_N;
  return c1 === 0x440 && (b[end - 2] === A || b[end - 2] === C_E) && b[end - 3] === 0x434;
}

/** Whether word i is a Kazakh negative verb whose negation comes after `stem` letters (a stem of two at least), not urging. */
function kazakhNegative(tokens: Tokens, i: number, stem: number, present = false): number {
  const at = kazakhNegation(tokens, i, present);
  return at >= Math.max(stem, 2) && !KK_URGING.test(wordAt(tokens, i)) ? at : -1;
}

/** Whether a Kazakh negative verb — the hit's own last word, or the verb its object stands before — denies it. */
function negatedInVerb(text: string, tokens: Tokens, h: Hit, rules: RequestWords): boolean {
  if (kazakhNegative(tokens, h.to, rules.stemLength(h)) >= 0) return !conditionBefore(text, tokens, h.from);
  // A request that ends in its own verb ("кодты жіберіңіз") is not governed by a verb after it.
  if (rules.verb(h.code) || imperative(tokens, h.to)) return false;
  for (let i = h.to + 1; i < tokens.count && i <= h.to + REACH_ON; i++) {
    if (breakBetween(text, tokens, i - 1, i)) return false;
    if (kazakhNegative(tokens, i, 0) >= 0) return !conditionBefore(text, tokens, h.from);
    if (JOINING.has(tokens, i)) return false;
  }
  return false;
}

/**
 * Whether a sign other than a request is denied in its own verb, actively, as an organization says what it does not
 * do ("есептегіш ауыстырмайды", "тексермейміз"); a passive one ("қаражат қайтарылмайды", "жеткізілмейді") is a
 * state the message threatens with, and stays.
 */
function deniedDoing(text: string, tokens: Tokens, h: Hit, rules: RequestWords): boolean {
  const at = kazakhNegative(tokens, h.to, rules.stemLength(h), true);
  if (at < 0) return false;
  const before = tokens.buf[tokens.bufStart[h.to]! + at - 1];
  return before !== 0x43b && before !== C_N && !conditionBefore(text, tokens, h.from);
}

/** The hits without the requests the message tells its reader not to make. */
export function unasked(hits: Hit[], text: string, tokens: Tokens, rules: RequestWords, negation: boolean, conditional: boolean): Hit[] {
  // Kazakh negative verbs are looked for only in a text with letters only Kazakh has.
  const kazakh = tokens.kkLetters > 0;
  if (!negation && !kazakh && !conditional) return hits;
  let out: Hit[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    let denied = false;
    if (rules.request(h.code)) {
      const call = rules.verb(h.code);
      denied = (negation && negatedBefore(text, tokens, h, call)) || (kazakh && negatedInVerb(text, tokens, h, rules)) || (conditional && !call && pastCondition(text, tokens, h));
    }
    else if (kazakh) denied = deniedDoing(text, tokens, h, rules);
    if (denied) out ??= hits.slice(0, k);
    else if (out !== undefined) out.push(h);
  }
  return out ?? hits;
}
