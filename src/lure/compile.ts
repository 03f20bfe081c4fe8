// Builds the analyzer's automaton from the lexicon data and the registry's organization names, once.
import type { Organization } from '../phones/types.js';
import { Automaton } from './automaton.js';
import type { WordKey } from './automaton.js';
import { REQUEST_KK, REQUEST_NONE, REQUEST_RU, REQUEST_RU_LATIN } from './word-endings.js';
import type { Request } from './word-endings.js';
import type { Phrase } from './phrase-index.js';
import type { CharTable } from './char-table.js';
import { buildCharTable } from './char-table.js';
import type { RawLexicon } from './lexicon-schema.js';
import type { StemLang } from './stem.js';
import { stemWord } from './stem.js';
import { SCRIPT_CYR, Tokenizer } from './tokenize.js';
import { kazakhLatinSpellings } from './kk-latin.js';
import { russianLatinSpellings, signParts } from './ru-latin.js';
import { DIGIT_WORD_FORMS } from '../phones/spelled.js';

export interface CompiledLexicon {
  raw: RawLexicon;
  table: CharTable;
  automaton: Automaton;
  /** Phrases per reason code, for tests and diagnostics. */
  phraseCount: number;
}

/** Aliases are names: they inflect less than words and must not swallow longer words ("каспи" ≠ "каспийский"). */
const ALIAS_TAIL = 4;
const MIN_STEM = 3;
/** Phrases whose words must be adjacent: "не звоните" protects, "не вы? звоните" does not. */
const STRICT_CODES = new Set(['protective', 'mark.negation', 'mark.negates_next', 'mark.denial', 'mark.describes', 'mark.fake']);
/** A Latin spelling of a one-word Kazakh phrase shorter than this is an English word too often ("bar", "men", "kate"). */
const LATIN_MIN_WORD = 5;
/** How much longer a Russian ending may be in Latin letters than the Cyrillic tail allows ("ями" is "yami"). */
const LATIN_EXTRA_TAIL = 2;

interface Builder {
  table: CharTable;
  tokenizer: Tokenizer;
  raw: RawLexicon;
  kkEndings: string[];
  /** The endings as Latin Kazakh spells them (kk-latin.ts), folded. */
  kkLatinEndings: string[];
  /** Request endings and the beginnings of reports (kk-suffixes.json), folded, in both scripts. */
  kkImperative: string[];
  kkReports: string[];
  /** Endings of Russian verbs asked for (ru-verbs.json), folded. */
  ruRequest: string[];
  words: WordKey[];
  ids: Map<string, number>;
  phrases: Phrase[];
  /** Code and word ids of every phrase, so a Latin spelling that adds nothing new is left out. */
  known: Set<string>;
}

function foldString(table: CharTable, s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0);
    out += table.cls[c] === 0 || table.cls[c]! >= 4 ? '' : String.fromCharCode(table.fold[c]!);
  }
  return out;
}

/** A lexicon word without its syntax: `=word` (exact) and `word*` (prefix) are the word. */
function bare(word: string): string {
  return word.replace(/^=/, '').replace(/\*$/, '');
}

function wordId(b: Builder, chars: string, maxTail: number, kkTail = false, request: Request = REQUEST_NONE): number {
  // A request stem is a word of its own: the phrases that share its letters in other forms still read every form.
  const key = `${chars}|${maxTail > 0 ? 's' : 'e'}${request === REQUEST_NONE ? '' : `r${request}`}`;
  const known = b.ids.get(key);
  if (known !== undefined) {
    const w = b.words[known]!;
    // A stem shared with Russian or English keeps their plain tail rule; Kazakh-only stems are checked.
    if (!kkTail) w.kkTail = false;
    if (maxTail > w.maxTail) w.maxTail = maxTail;
    return known;
  }
  b.words.push({ chars, maxTail, kkTail, request });
  b.ids.set(key, b.words.length - 1);
  return b.words.length - 1;
}

/** The text words of one lexicon word, through the same tokenizer as messages ("kaspi.kz" → kaspi, kz). */
function subwords(b: Builder, word: string): string[] {
  const t = b.tokenizer.run(word);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(String.fromCharCode(...t.buf.subarray(t.bufStart[i], t.bufEnd[i])));
  return out;
}

function addPhrase(b: Builder, code: string, phrase: string, lang: StemLang | 'kk-latin' | 'alias', org?: string): void {
  const ids: number[] = [];
  const tails = b.raw.scoring.maxTail;
  for (const rawWord of phrase.trim().split(/\s+/)) {
    const exact = rawWord.startsWith('=');
    const prefix = rawWord.endsWith('*');
    const parts = subwords(b, bare(rawWord));
    parts.forEach((part, k) => {
      const last = k === parts.length - 1;
      if (!last || exact || /^\d+$/.test(part)) {
        ids.push(wordId(b, part, 0));
        return;
      }
      if (prefix) {
        ids.push(wordId(b, part, tails.prefix));
        return;
      }
      let stemLang: StemLang;
      let tail: number;
      if (lang === 'alias') {
        // An English name takes a plural or possessive "s" at most: a stem would make "police" match "policy".
        if (b.tokenizer.run(part).script[0] !== SCRIPT_CYR) {
          ids.push(wordId(b, part, 1));
          return;
        }
        stemLang = 'ru';
        tail = Math.min(tails.ru, ALIAS_TAIL);
      } else if (lang === 'kk-latin') {
        stemLang = 'kk';
        tail = tails.kk;
      } else {
        stemLang = lang;
        tail = tails[lang];
      }
      const stem = stemWord(part, stemLang, { kkEndings: lang === 'kk-latin' ? b.kkLatinEndings : b.kkEndings, kkMinStem: b.raw.kkSuffixes.minStem });
      if (stem.length < MIN_STEM) ids.push(wordId(b, part, 0));
      // Three-letter stems take only short endings ("код" + "а", not "код" + "екс").
      else if (stemLang === 'kk') ids.push(wordId(b, stem, tail, true, b.kkImperative.some((e) => part.startsWith(e, stem.length)) ? REQUEST_KK : REQUEST_NONE));
      else ids.push(wordId(b, stem, stem.length === MIN_STEM ? Math.min(tail, 2) : tail, false, stemLang === 'ru' && b.ruRequest.some((e) => part.endsWith(e)) ? REQUEST_RU : REQUEST_NONE));
    });
  }
  pushPhrase(b, code, ids, lang === 'kk-latin', org);
}

/** The Latin word `latin` is the English word `english`, begins as it does (five letters), or with all of it. */
function sharesLatinWord(latin: string, english: string): boolean {
  if (latin === english) return true;
  if (english.length <= MIN_STEM) return false;
  return (latin.length >= LATIN_MIN_WORD && english.startsWith(latin.slice(0, LATIN_MIN_WORD))) || latin.startsWith(english);
}

/** Adds a phrase of word ids; a spelling derived from another phrase is left out when it adds nothing new. */
function pushPhrase(b: Builder, code: string, ids: number[], derived: boolean, org?: string): void {
  if (ids.length === 0) return;
  const key = `${code}|${org ?? ''}|${ids.join(',')}`;
  if (derived && b.known.has(key)) return;
  b.known.add(key);
  const maxGap = STRICT_CODES.has(code) ? 0 : b.raw.scoring.maxGap;
  b.phrases.push(org === undefined ? { code, words: ids, maxGap } : { code, words: ids, org, maxGap });
}

/** A Russian word of a phrase as its Latin spellings read it. */
interface LatinForm {
  /** The stem (or the whole word) the form is read by. */
  chars: string;
  /** The ending a text word may add. */
  tail: number;
  /** A verb the lexicon writes as a request: its reports are not read (REQUEST_RU_LATIN). */
  request: boolean;
  /** The whole word the form came from. */
  word: string;
}

/**
 * The Latin spellings of a Russian phrase (ru-latin.ts). Its words are stemmed as Russian first and the stems
 * spelled, so a Latin word is read with its Russian endings ("pozvon|ite", "zablokirova|na"); those endings are
 * longer in Latin letters ("я" is "ya"), hence the longer tail.
 */
function addRussianLatin(b: Builder, code: string, phrase: string, english: readonly string[]): void {
  const tails = b.raw.scoring.maxTail;
  const forms: LatinForm[] = [];
  for (const rawWord of phrase.trim().split(/\s+/)) {
    const exact = rawWord.startsWith('=');
    const prefix = rawWord.endsWith('*');
    const parts = subwords(b, bare(rawWord));
    // Folding wrote ё as е; the Latin spellings keep it ("schyotchik"), so it is put back where the word had it.
    const written = bare(rawWord).toLowerCase();
    if (parts.length === 1 && written.length === parts[0]!.length) parts[0] = written;
    parts.forEach((part, k) => {
      if (k < parts.length - 1 || exact || /^\d+$/.test(part)) forms.push({ chars: part, tail: 0, request: false, word: part });
      else if (prefix) forms.push({ chars: part, tail: tails.prefix, request: false, word: part });
      else {
        const stem = part.slice(0, stemWord(part, 'ru', { kkEndings: b.kkEndings, kkMinStem: b.raw.kkSuffixes.minStem }).length);
        if (stem.length < MIN_STEM) forms.push({ chars: part, tail: 0, request: false, word: part });
        else {
          const tail = stem.length === MIN_STEM ? Math.min(tails.ru, 2) : tails.ru + LATIN_EXTRA_TAIL;
          forms.push({ chars: stem, tail, request: b.ruRequest.some((e) => part.endsWith(e)), word: part });
        }
      }
    });
  }
  // A soft or hard sign typed as an apostrophe splits the word in the text ("podozritel'naya" → podozritel, naya):
  // the parts before it are whole words, the last keeps the word's ending; a last part of a stem too short to be
  // read by ("подозрительн" → "н") would be a candidate for every text word it begins, so the word's own last part
  // ("ная" → "naya") stands for it, exactly.
  const split = forms.flatMap((f) => {
    const pieces = signParts(f.chars);
    if (pieces.length < 2) return [f];
    const last = pieces[pieces.length - 1]!;
    const lastForm = last.length >= MIN_STEM ? { chars: last, tail: f.tail, request: f.request, word: last } : { chars: signParts(f.word).pop()!, tail: 0, request: false, word: last };
    return [...pieces.slice(0, -1).map((chars) => ({ chars, tail: 0, request: false, word: chars })), lastForm];
  });
  const variants = split.length === forms.length ? [forms] : [forms, split];
  for (const formsOf of variants) addLatinSpellings(b, code, formsOf, english);
}

/** The Latin spellings of one list of Russian word forms (stems or whole words, with the tail each takes). */
function addLatinSpellings(b: Builder, code: string, forms: readonly LatinForm[], english: readonly string[]): void {
  for (const spelled of russianLatinSpellings(forms.map((f) => f.chars))) {
    const latin = spelled.map((w) => foldString(b.table, w));
    // One word alone in Latin letters is too often an English word, or a loanword whose English twin the English
    // phrases decide about ("polic…" reads "policy" too, "bonus", "biometri…").
    // Russian's marker words are short ("ne", "vash", "chto") and tell the language only: two letters do for them.
    const minLength = code === 'lang.ru' ? 2 : LATIN_MIN_WORD;
    if (latin.length === 1 && (latin[0]!.length < minLength || english.some((e) => sharesLatinWord(latin[0]!, e)))) continue;
    pushPhrase(b, code, latin.map((w, i) => wordId(b, w, forms[i]!.tail, false, forms[i]!.request ? REQUEST_RU_LATIN : REQUEST_NONE)), true);
  }
}

/** Reason code for an organization's category, shared with the lexicon's generic classes ("org.bank"). */
export function orgCode(category: string): string {
  return `org.${category}`;
}

export function compileLexicon(raw: RawLexicon, organizations: readonly Organization[]): CompiledLexicon {
  const table = buildCharTable(raw.normalize);
  const b: Builder = {
    table,
    tokenizer: new Tokenizer(table),
    raw,
    kkEndings: foldedSet(table, raw.kkSuffixes.endings),
    kkLatinEndings: foldedSet(table, latinSpellings(raw.kkSuffixes.endings)),
    kkImperative: foldedSet(table, [...raw.kkSuffixes.imperative, ...latinSpellings(raw.kkSuffixes.imperative)]),
    kkReports: foldedSet(table, [...raw.kkSuffixes.reports, ...latinSpellings(raw.kkSuffixes.reports)]),
    ruRequest: foldedSet(table, raw.ruVerbs.request),
    words: [],
    ids: new Map(),
    phrases: [],
    known: new Set(),
  };
  for (const [code, byLang] of Object.entries(raw.signals)) {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      for (const phrase of byLang[lang] ?? []) addPhrase(b, code, phrase, lang);
    }
  }
  // The words the number reader turns into digits, one list for both: the analyzer counts them to know
  // when a text may spell a number.
  for (const word of DIGIT_WORD_FORMS) addPhrase(b, 'mark.digit_word', `=${word}`, 'en');
  for (const org of organizations) {
    // "Kaspi.kz (Kaspi Bank)" names the organization twice: each part is a name of its own.
    const full = [org.names.kk, org.names.ru, org.names.en].flatMap((n) => n.split(/[()]/));
    const names = new Set([...org.aliases, ...full].map((n) => n.trim()));
    for (const name of names) {
      if (name.trim() !== '') addPhrase(b, orgCode(org.category), `=${name.trim().split(/\s+/).join(' =')}`.replace(/=(\S+)$/, '$1'), 'alias', org.id);
    }
  }
  // After every phrase written in its own script, so a Latin spelling never displaces one. A one-word phrase
  // Russian shares ("оператор", "биометрия") is a loanword: in Latin letters it is the English word, which the
  // English phrases decide about.
  const russian = new Set(Object.values(raw.signals).flatMap((byLang) => (byLang.ru ?? []).flatMap((p) => p.trim().split(/\s+/).map(bare))));
  for (const [code, byLang] of Object.entries(raw.signals)) {
    for (const phrase of byLang.kk ?? []) {
      const words = phrase.trim().split(/\s+/);
      if (words.length === 1 && russian.has(bare(words[0]!))) continue;
      for (const spelling of kazakhLatinSpellings(phrase)) {
        if (words.length > 1 || foldString(table, bare(spelling)).length >= LATIN_MIN_WORD) addPhrase(b, code, spelling, 'kk-latin');
      }
    }
  }
  // Latin Russian after Latin Kazakh, so where the two spell a phrase alike the Kazakh one (with its endings) stays.
  const english = [...new Set(Object.values(raw.signals).flatMap((byLang) => (byLang.en ?? []).flatMap((p) => p.trim().split(/\s+/).map((w) => foldString(table, bare(w))))))];
  for (const [code, byLang] of Object.entries(raw.signals)) {
    for (const phrase of byLang.ru ?? []) addRussianLatin(b, code, phrase, english);
  }
  return { raw, table, automaton: new Automaton(b.words, b.phrases, [...b.kkEndings, ...b.kkLatinEndings], { kk: b.kkReports, ru: foldPattern(table, raw.ruVerbs.reportTail), ruLatin: new RegExp(raw.ruVerbs.reportTailLatin, 'u') }), phraseCount: b.phrases.length };
}

/** The report pattern over folded letters (folding maps the pattern's letters as it maps a text's). */
function foldPattern(table: CharTable, pattern: string): RegExp {
  return new RegExp(pattern.replace(/\p{L}/gu, (ch) => foldString(table, ch) || ch), 'u');
}

/** Kazakh endings as the Latin spellings write them (kk-latin.ts). */
function latinSpellings(endings: readonly string[]): string[] {
  return endings.flatMap((e) => kazakhLatinSpellings(e));
}

/** Endings folded as a text's letters are, each once, none empty. */
function foldedSet(table: CharTable, endings: readonly string[]): string[] {
  return [...new Set(endings.map((e) => foldString(table, e)).filter((e) => e.length > 0))];
}

