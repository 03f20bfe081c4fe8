// A call word in the past tense reports a call somebody made ("я позвонила на 8 701…", "банкке хабарластым",
// "I called them twice"), and one in the first person says what the writer will do ("перезвоню", "наберу"); neither
// asks the reader for anything. The lexicon's call words are stems that read every form, and nouns of the same stem
// ("звонок") read the verb's past ("звонил") too, so the form of the text word decides.
// Forms over folded letters (ә→а, қ→к, ң→н, і→и …), as the tokenizer leaves them; read from the word's code units
// in place, since most lures have a call word or two.
import type { Tokens } from './tokenize.js';
import { beginsWith, codeUnits } from './word-endings.js';

const code = (s: string): number => s.charCodeAt(0);

/** Russian past tense: a vowel, л, the agreement, a reflexive ending ("звонил", "набрала", "связались"). */
const RU_VOWELS = new Set(Array.from('аеиоуыяю', code));
const RU_L = code('л');
const RU_AGREEMENT = new Set(Array.from('аои', code));
/** The reflexive endings ся, сь. */
const RU_S = code('с');
const RU_YA = code('я');
const RU_SOFT = code('ь');
/**
 * Kazakh: the call verbs' stems with an ending that begins a past tense or a past participle ("хабарлас-тым",
 * "хабарлас-канмын"). A stem is needed: the same endings close nouns ("коныраунызды", your call) and Russian words
 * ("подробности"). Unlike the reports of request verbs (kk-suffixes.json), "-ады" is not among them: "хабарласады" is
 * the present-future, somebody will call, which the analyzer reads as a call announced.
 */
const KK_STEMS = ['хабарлас', 'байланыс', 'звонда', 'habarlas', 'bailanys', 'baylanys'].map(codeUnits);
const KK_PAST = ['ты', 'ти', 'ды', 'ди', 'кан', 'ган', 'ty', 'ti', 'dy', 'di', 'qan', 'kan', 'gan', 'ken', 'gen'].map(codeUnits);
/** English past: "called", "dialled", "contacted", "phoned", "rang". */
const EN_ED = codeUnits('ed');
const EN_RANG = codeUnits('rang');

function endsWith(buf: Uint16Array, from: number, to: number, tail: Uint16Array): boolean {
  if (to - from < tail.length) return false;
  for (let i = 0; i < tail.length; i++) if (buf[to - tail.length + i] !== tail[i]) return false;
  return true;
}

function russianPast(buf: Uint16Array, from: number, to: number): boolean {
  let end = to;
  if (end - from >= 4 && buf[end - 2] === RU_S && (buf[end - 1] === RU_YA || buf[end - 1] === RU_SOFT)) end -= 2;
  if (end - from >= 2 && RU_AGREEMENT.has(buf[end - 1]!) && buf[end - 2] === RU_L) end--;
  return end - from >= 2 && buf[end - 1] === RU_L && RU_VOWELS.has(buf[end - 2]!);
}

/**
 * Russian first person: what the writer will do ("позвоню", "наберу", "свяжусь", "отвечу"), not a request. A verb
 * ends so after a consonant; a noun in -ию ("консультацию") or -ку ("звонку") does not count, nor a Kazakh verbal
 * noun in -у ("белсендіру", "жазылу"), whose -ру follows и or ы where "наберу" has е.
 */
const RU_SELF_BEFORE_U = new Set(Array.from('жшщч', code));
const RU_BEFORE_RU = new Set(Array.from('еао', code));
const RU_R = code('р');
const RU_YU = code('ю');
const RU_U = code('у');
const RU_I = code('и');

function russianFirstPerson(buf: Uint16Array, from: number, to: number): boolean {
  let end = to;
  if (end - from >= 4 && buf[end - 2] === RU_S && buf[end - 1] === RU_SOFT) end -= 2;
  if (end - from < 4) return false;
  const last = buf[end - 1];
  const before = buf[end - 2]!;
  if (last === RU_YU) return before !== RU_I && !RU_VOWELS.has(before);
  return last === RU_U && (RU_SELF_BEFORE_U.has(before) || (before === RU_R && RU_BEFORE_RU.has(buf[end - 3]!)));
}

/**
 * Russian typed in Latin letters (ru-latin.ts): the same forms spelled ("zvonil", "pozvonila", "svyazalis";
 * "perezvonyu", "svyazhus", "naberu"). The past's vowel follows a consonant and the word has five letters or more,
 * which English call words in -al do not ("dial", "redial").
 */
const LAT_VOWELS = new Set(Array.from('aeiouy', code));
const LAT_L = code('l');
const LAT_AGREEMENT = new Set(Array.from('aoi', code));
const LAT_REFLEXIVE = ['sya', 'sia', 'sja', 's'].map(codeUnits);
const LAT_U = code('u');
const LAT_R = code('r');
const LAT_SOFT_U = new Set(Array.from('yij', code));
const LAT_HUSH = new Set(Array.from('hjw', code));
const LAT_BEFORE_RU = new Set(Array.from('eao', code));
const LAT_S = code('s');
const LAT_Y = code('y');

function latinRussianPast(buf: Uint16Array, from: number, to: number): boolean {
  let end = to;
  for (const r of LAT_REFLEXIVE) {
    if (end - from >= 6 && endsWith(buf, from, end, r)) {
      end -= r.length;
      break;
    }
  }
  if (end - from >= 2 && LAT_AGREEMENT.has(buf[end - 1]!) && buf[end - 2] === LAT_L) end--;
  return end - from >= 5 && buf[end - 1] === LAT_L && LAT_VOWELS.has(buf[end - 2]!) && !LAT_VOWELS.has(buf[end - 3]!);
}

function latinRussianFirstPerson(buf: Uint16Array, from: number, to: number): boolean {
  let end = to;
  if (end - from >= 6 && buf[end - 1] === LAT_S && buf[end - 2] === LAT_U) end--;
  if (end - from < 5 || buf[end - 1] !== LAT_U) return false;
  const before = buf[end - 2]!;
  // "-yu"/"-iu"/"-ju" after a consonant, "-u" after a hushing sound written zh, sh, ch, j or w, "-ru" after e, a, o
  if (LAT_SOFT_U.has(before)) return !LAT_VOWELS.has(buf[end - 3]!) || buf[end - 3] === LAT_Y;
  return LAT_HUSH.has(before) || (before === LAT_R && LAT_BEFORE_RU.has(buf[end - 3]!));
}

function kazakhPast(buf: Uint16Array, from: number, to: number): boolean {
  for (const stem of KK_STEMS) {
    if (buf[from] !== stem[0] || !beginsWith(buf, from, to, stem)) continue;
    for (const e of KK_PAST) if (beginsWith(buf, from + stem.length, to, e)) return true;
    return false;
  }
  return false;
}

/**
 * The reader, within three words of a call word in the past ("вам звонили", "we called you", "сізге бірнеше рет
 * хабарластық"): a call made to the reader and missed is what a lure says to be called back ("we tried to reach
 * you"), not a report. The writer's own first person stays one with the reader beside it ("перезвоню тебе").
 */
const READER = ['вам', 'вас', 'тебе', 'тебя', 'you', 'сизге', 'сизди', 'сизбен', 'саган', 'сени'].map(codeUnits);
const NEAR = 3;

function nearReader(tokens: Tokens, i: number): boolean {
  for (let k = Math.max(0, i - NEAR); k <= Math.min(tokens.count - 1, i + NEAR); k++) {
    const from = tokens.bufStart[k]!;
    const len = tokens.bufEnd[k]! - from;
    if (k !== i && READER.some((w) => w.length === len && beginsWith(tokens.buf, from, from + len, w))) return true;
  }
  return false;
}

/** Whether text word i reports a call rather than asks for one (the caller already knows it is a call word). */
export function reportsCall(tokens: Tokens, i: number): boolean {
  const from = tokens.bufStart[i]!;
  const to = tokens.bufEnd[i]!;
  if (to - from < 3) return false;
  const buf = tokens.buf;
  if (russianFirstPerson(buf, from, to) || latinRussianFirstPerson(buf, from, to)) return true;
  const past = russianPast(buf, from, to) || latinRussianPast(buf, from, to) || kazakhPast(buf, from, to) || endsWith(buf, from, to, EN_ED) || (to - from === 4 && beginsWith(buf, from, to, EN_RANG));
  return past && !nearReader(tokens, i);
}
