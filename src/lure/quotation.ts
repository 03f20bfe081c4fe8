// Reported words: a message that quotes another one ("Мне пришло: «…позвоните 8 708…». Это развод, не звоните!",
// "Got this today: '…call 8 708…' I checked, no such parcel") passes its words on; it does not ask the reader for
// anything. A quotation is reported speech only when the writer's own words follow it (a voice message's
// transcript or a forwarded notice in quotes with nothing after it is the message itself, and is read as such) and
// one of them tells of the message received (commentedOn).
// Short quotes are names ("ТОО «Алматы Су»", 'the "Kaspi Gold" card'), not messages.
import type { Tokens } from './tokenize.js';

/** Characters inside the quotes for them to hold a message rather than a name or a term. */
const MIN_INSIDE = 20;
/** Letters of the writer's own after the closing quote for the quote to be reported speech. */
const MIN_LETTERS_AFTER = 8;

const LAQUO = 0xab;
const RAQUO = 0xbb;
const LOW_DOUBLE = 0x201e;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const STRAIGHT_DOUBLE = 0x22;
const APOSTROPHE = 0x27;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;

/** Any opening mark: most texts have none, and one pass of a character class finds that out. */
const OPENING = /[«„“"'‘]/;

/** Letters of the scripts messages are written in (Latin, Cyrillic and their extensions); -1 is out of the text. */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

function isSpace(c: number): boolean {
  return c < 0 || c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

const at = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** The closing mark for the opening mark `open` at `from`, or -1. */
function closing(text: string, open: number, from: number): number {
  if (open === LAQUO) return text.indexOf(String.fromCharCode(RAQUO), from + 1);
  if (open === LOW_DOUBLE) {
    const a = text.indexOf(String.fromCharCode(LEFT_DOUBLE), from + 1);
    const b = text.indexOf(String.fromCharCode(RIGHT_DOUBLE), from + 1);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
  if (open === LEFT_DOUBLE) return text.indexOf(String.fromCharCode(RIGHT_DOUBLE), from + 1);
  // Straight quotes and apostrophes close where a word ends on them: not inside a word ("don't", "Қазақстан'да").
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const closes = open === STRAIGHT_DOUBLE ? c === STRAIGHT_DOUBLE : c === APOSTROPHE || c === RIGHT_SINGLE;
    if (closes && !isSpace(at(text, i - 1)) && !isLetter(at(text, i + 1))) return i;
  }
  return -1;
}

function lettersIn(text: string, from: number): number {
  let n = 0;
  for (let i = from; i < text.length && n < MIN_LETTERS_AFTER; i++) if (isLetter(text.charCodeAt(i))) n++;
  return n;
}

/** Spans [from, to) of the quotations the writer reports, in text order; inside the quote marks. */
export function reportedQuotes(text: string): [number, number][] {
  if (!OPENING.test(text)) return NONE;
  let out: [number, number][] | undefined;
  // Whether a quote mark can still close is the same for every opening after one that found none: a mark of that
  // kind is no longer looked for, so a text of openings alone ("'a 'a 'a …") is read once, not once per opening.
  let unclosed = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u !== LAQUO && u !== LOW_DOUBLE && u !== LEFT_DOUBLE && u !== STRAIGHT_DOUBLE && u !== APOSTROPHE && u !== LEFT_SINGLE) continue;
    // A straight quote or an apostrophe opens only before a word, not after a letter ("don't").
    if ((u === STRAIGHT_DOUBLE || u === APOSTROPHE || u === LEFT_SINGLE) && (isLetter(at(text, i - 1)) || isSpace(at(text, i + 1)))) continue;
    const open = u === LEFT_SINGLE ? APOSTROPHE : u;
    const kind = 1 << KINDS.indexOf(open);
    if ((unclosed & kind) !== 0) continue;
    const end = closing(text, open, i);
    if (end < 0) {
      unclosed |= kind;
      continue;
    }
    if (end - i - 1 >= MIN_INSIDE && lettersIn(text, end + 1) >= MIN_LETTERS_AFTER) (out ??= []).push([i + 1, end]);
    // Quotes inside a quotation are part of it.
    i = end;
  }
  return out ?? NONE;
}

const NONE: [number, number][] = [];
const KINDS = [LAQUO, LOW_DOUBLE, LEFT_DOUBLE, STRAIGHT_DOUBLE, APOSTROPHE];

/**
 * "деп" and a verb of telling after it ("…деп смс келді", "…деп ватсапқа жазды"), or "деп" ending the sentence (the verb
 * left out, as speech leaves it): the words before it are the message told of.
 */
const KK_RETOLD =
  /(?<![\p{L}])деп(?:\s+(?:(?:смс|sms|хат|хабарлама|хабарламасы|хабар|сообщение|звонок|ватсапқа|вотсапқа|whatsapp-қа|телеграмға|телеграммға)\s+)?(?:келді|келіпті|келген|жазыпты|жазды|жіберіпті|жіберді)(?![\p{L}])|(?=\s*(?:[.!?\n]|$)))/giu;
/** What a caller said, in Kazakh: the words before "деп хабарласыпты", "деді", "депті", "дейді". */
const KK_CALL_RETOLD = /(?<![\p{L}])(?:деп\s+(?:айтты|айтыпты|айтады|хабарласыпты|хабарласты|қоңырау\s+шалды|қоңырау\s+шалыпты)|деді|депті|дейді)(?![\p{L}])/giu;
/** A report of a message received and "что": the words after it are the message told of. */
const RU_RETOLD =
  /(?<![\p{L}])(?:пришл[оаи]|пришёл|прислали|написали|пишут|получила|получил)(?:\s+(?:смс|sms|сообщени[ея]|письмо|уведомление|эсэмэска)){0,2}\s*,?\s+(?:что|будто|мол|типа)(?![\p{L}])/giu;
/** What a caller said, in Russian: the words after "сказали, что", "говорит, что", "звонили, что", or "говорит" alone, as speech leaves out "что". */
const RU_CALL_RETOLD = /(?<![\p{L}])(?:(?:сказали|сказал|сказала|говорит|говорят|звонили|позвонили|позвонил)\s*,?\s+(?:что|будто|мол|типа)|(?:говорит|говорят|пишет)(?=\s))(?![\p{L}])/giu;
/** A message or call received and what it said ("got an SMS saying", "received a call from 'Kazpost' saying that"): told of. */
const EN_RECEIVED =
  /(?<![\p{L}])(?:got|received|get|gets|getting)\s+(?:(?:an?|this|the|some|one|another)\s+)?(?:\p{L}+\s+)?(?:sms|text|message|call|e-?mail|letter)(?:\s+from\s+[^,.!?\n]{1,30}?)?\s*,?\s+(?:saying|that said|which said)(?:\s+that)?(?![\p{L}])/giu;
/** "says", "saying", "told me": the words after it are what the caller or the message said. */
const EN_RETOLD = /(?<![\p{L}])(?:says|said|saying|told me|telling me)(?:\s+that)?(?![\p{L}])/giu;
/** Characters a retold message may run to from its cue: beyond that it is not one message. */
const RETOLD_MAX = 400;
/** Characters a retold message needs: shorter ones are names or asides. */
const RETOLD_MIN = 12;

/** Whether the character ends a sentence or a quotation, where a retold message stops. */
function endsRetold(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 59 || c === LAQUO || c === RAQUO || c === STRAIGHT_DOUBLE;
}

/**
 * Spans of messages retold without quote marks, in text order, apart from one another and from `quotes` (which win).
 * Kazakh puts the retold words before "деп" and the report after ("Kaspi картаңыз бұғатталды деп смс келді"); Russian
 * and English after the report ("пришла смс, что…", "says he's from Kazpost"); they run to the clause's start or the
 * sentence's end, RETOLD_MAX characters at most, and shorter ones than RETOLD_MIN are names or asides. A message received
 * and told of ("пришла смс, что…", "…деп смс келді") is retold whatever the writer thinks of it; what a caller said
 * ("позвонили, сказали что…", "…деп хабарласыпты", "says he's from Kazpost") only when `calls`: the writer judged it
 * (a relative relaying a live call — "сказали, что надо перевести все деньги на защищённый счёт" — is the scheme at
 * work, and is judged as such).
 */
export function withRetold(quotes: [number, number][], text: string, verdicts?: readonly number[]): [number, number][] {
  const calls = verdicts !== undefined;
  const kk = text.includes('деп') || (calls && (text.includes('дейді') || text.includes('деді')));
  const ru = /пиш|пришл|пришёл|прислал|написал|получил/i.test(text) || (calls && /сказал|говор|звонил/i.test(text));
  const en = calls && /sa(?:ys|id|ying)|told me|telling me/i.test(text);
  const received = /saying|said/i.test(text) && /got|received|get/i.test(text);
  if (!kk && !ru && !en && !received) return quotes;
  const found: [number, number][] = [];
  const said: [number, number][] = [];
  for (const re of kk ? (calls ? [KK_RETOLD, KK_CALL_RETOLD] : [KK_RETOLD]) : []) {
    for (const m of text.matchAll(re)) {
      let from = m.index;
      while (from > 0 && m.index - from < RETOLD_MAX && !endsRetold(text.charCodeAt(from - 1))) from--;
      if (m.index - from >= RETOLD_MIN) (re === KK_RETOLD ? found : said).push(trimmed(text, from, m.index));
    }
  }
  const after = [...(ru ? [RU_RETOLD] : []), ...(ru && calls ? [RU_CALL_RETOLD] : []), ...(received ? [EN_RECEIVED] : []), ...(en ? [EN_RETOLD] : [])];
  for (const re of after) {
    for (const m of text.matchAll(re)) {
      const from = m.index + m[0].length;
      let to = from;
      while (to < text.length && to - from < RETOLD_MAX && !endsRetold(text.charCodeAt(to))) to++;
      if (to - from >= RETOLD_MIN) (re === RU_RETOLD || re === EN_RECEIVED ? found : said).push(trimmed(text, from, to));
    }
  }
  // What a caller said counts as told of only when the writer's verdict stands outside everything retold.
  if (said.length > 0 && verdicts !== undefined) {
    const retold = [...found, ...said, ...quotes];
    let judged = false;
    for (let k = 0; k < verdicts.length && !judged; k += 2) judged = !retold.some(([a, b]) => verdicts[k]! >= a && verdicts[k]! < b);
    if (judged) found.push(...said);
  }
  if (found.length === 0) return quotes;
  // Retold spans that overlap are one message told of ("…деп ватсапқа жазды, …кіріңіз деп."): their union, as long as
  // one message runs; past that the first is kept.
  found.sort((x, y) => x[0] - y[0]);
  const joined: [number, number][] = [];
  for (const span of found) {
    const last = joined[joined.length - 1];
    if (last === undefined || span[0] >= last[1]) joined.push([span[0], span[1]]);
    else if (Math.max(last[1], span[1]) - last[0] <= RETOLD_MAX) last[1] = Math.max(last[1], span[1]);
  }
  const all = [...quotes];
  for (const span of joined) if (!all.some(([a, b]) => span[0] < b && a < span[1])) all.push(span);
  return all.sort((x, y) => x[0] - y[0]);
}

function trimmed(text: string, from: number, to: number): [number, number] {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return [a, b];
}

/**
 * Whether [from, to) lies inside one of the spans, which are in text order and do not overlap (as reportedQuotes gives
 * them): a binary search, so a text of many quotes and many words costs no pass per pair.
 */
export function insideAny(spans: readonly [number, number][], from: number, to: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]![0] <= from) lo = mid + 1;
    else hi = mid;
  }
  // spans[lo - 1] is the last that starts at or before `from`
  return lo > 0 && to <= spans[lo - 1]![1];
}

/** Where the writer's own words tell of a message, judge it, or ask about it (places in the text; `judged` as start, end pairs). */
export interface QuoteCues {
  told?: readonly number[] | undefined;
  judged?: readonly number[] | undefined;
  doubted?: readonly number[] | undefined;
}

/**
 * The quotations the writer tells of: those with a word of their own outside every quote that says so — a message
 * received by the writer or someone they know ("пришло смс", "маме прислали", "келген хабар", "got this") or a
 * verdict on it ("это развод", "looks fake"). A writer who asks whether it is genuine ("Это правда? Пришло смс: «…»",
 * "Рас па осы?", "Is this legit?") and says nothing of it being a scam ("мошенники", "не звоните", "алаяқтар",
 * "fake") pastes the message to have it judged, and it is read as the message it is; so is a verdict asked as a
 * question ("это развод?"). A lure wrapped in quote marks and signed ("«Ваша карта заблокирована, позвоните …» Служба
 * безопасности") tells of no message received, nor does one that says the message came to the reader ("Вам пришло
 * уведомление: «…»"). A bare question, a warning or "никому не сообщайте" after the quote tell of none either: lures
 * carry them too ("…». Это вы совершали операцию?").
 */
export function commentedOn(quotes: [number, number][], text: string, cues: QuoteCues): [number, number][] {
  const { told, judged, doubted } = cues;
  if (quotes.length === 0 || (told === undefined && judged === undefined)) return NONE;
  const outside = (at: number): boolean => !insideAny(quotes, at, at);
  // A verdict of the writer's own, not asked ("опять эти разводилы: «…»", 'classic scam lol: "…"'), tells of the
  // message as much as "пришло смс" does, and settles any question asked beside it.
  // A verdict asked ("әлде алаяқтар ма", "или это мошенники, не пойму") is a doubt, question mark or not.
  let askedVerdict = false;
  if (judged !== undefined) {
    for (let k = 0; k < judged.length; k += 2) {
      if (!outside(judged[k]!)) continue;
      if (!asked(text, judged[k]!, judged[k + 1]!)) return quotes;
      askedVerdict = true;
    }
  }
  if (!told?.some((at) => outside(at) && !TO_READER.test(text.slice(Math.max(0, at - 32), at)))) return NONE;
  return askedVerdict || doubted?.some(outside) || asksOutside(text, quotes) ? NONE : quotes;
}

/**
 * Whether the verdict at [from, to) is asked rather than said: its sentence ends with a question mark ("это развод
 * же?", "Scam, right?"), a question particle follows it ("алаяқтар ма", "развод ли"), or a word of doubt leads it
 * ("әлде алаяқтар", "или мошенники", "maybe a scam") — people often leave the question mark out.
 */
export function asked(text: string, from: number, to: number): boolean {
  return endsAsked(text, to) || PARTICLE_AFTER.test(text.slice(to, to + 12)) || DOUBT_BEFORE.test(text.slice(Math.max(0, from - 24), from));
}

const PARTICLE_AFTER = /^[\s,]*(?:ма|ме|ба|бе|па|пе|ли|ма екен|ba|be|pa|pe|ma|me)(?![\p{L}])/iu;
const DOUBT_BEFORE = /(?:^|[^\p{L}])(?:әлде|или|может|может быть|возможно|мүмкін|maybe|or|perhaps|probably)[\s,]*(?:(?:это|бұл|a|it's|just)[\s,]+)?$/iu;

/** Whether the sentence that goes on at `at` ends with a question mark. */
function endsAsked(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) return true;
    if (c === 46 || c === 33 || c === 10) return false;
  }
  return false;
}

/** Whether the writer's own words, outside every quote, ask a question ("Звонить?"). */
function asksOutside(text: string, quotes: readonly [number, number][]): boolean {
  for (let i = text.indexOf('?'); i >= 0; i = text.indexOf('?', i + 1)) if (!insideAny(quotes, i, i)) return true;
  return false;
}

/** "вам", "сізге", "you" up to two words before a report of a message ("Сізге хабарлама келді"): it came to the reader. */
const TO_READER = /(?:^|[^\p{L}])(?:вам|тебе|сізге|саған|you)(?:[^\p{L}]+\p{L}+){0,2}[^\p{L}]*$/iu;

/** The words' wording ids with those inside a reported quotation left out (-1): the wording is the writer's own. */
export function unquoted(ids: Int32Array, tokens: Tokens, quotes: readonly [number, number][]): Int32Array {
  for (let i = 0; i < tokens.count; i++) if (insideAny(quotes, tokens.origStart[i]!, tokens.origEnd[i]!)) ids[i] = -1;
  return ids;
}
