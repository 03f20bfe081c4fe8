// The shape of the lexicon data people maintain under data/lexicon/, as a TypeBox schema checked at load time.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

const Langs = Type.Object({ kk: Type.String({ minLength: 1 }), ru: Type.String({ minLength: 1 }), en: Type.String({ minLength: 1 }) });

/** Phrases per language. Word syntax: `word` (stemmed), `=word` (exact), `word*` (literal prefix). */
export const SignalPhrases = Type.Object({
  ru: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  kk: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
  en: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
});

export const SignalFile = Type.Record(Type.String({ pattern: '^[a-z_.]+$' }), SignalPhrases);

export const NormalizeData = Type.Object({
  /** Folded before matching, in text and lexicon alike (ё→е, Kazakh letters to their Russian neighbours). */
  fold: Type.Record(Type.String(), Type.String()),
  /** Letters that mark a text as Kazakh. */
  kkLetters: Type.String(),
  /** Latin letters that look like Cyrillic ones (lower case). */
  latinToCyrillic: Type.Record(Type.String(), Type.String()),
  /** Letters of other scripts (Greek) that look like Latin ones, read as those (lower case). */
  otherLookalikes: Type.Record(Type.String({ minLength: 1, maxLength: 1 }), Type.String({ minLength: 1, maxLength: 1 })),
  /** Digits and signs written for letters inside Cyrillic words; several readings are tried. */
  digitsInCyrillic: Type.Record(Type.String(), Type.Array(Type.String())),
  digitsInLatin: Type.Record(Type.String(), Type.Array(Type.String())),
  /** Characters dropped wherever they occur (zero-width, soft hyphen, combining marks are built in). */
  invisible: Type.Array(Type.String()),
});

export const KazakhSuffixes = Type.Object({
  endings: Type.Array(Type.String({ minLength: 1 })),
  minStem: Type.Integer({ minimum: 2 }),
  /** Endings of a request ("аударыңыз", "жіберші"): a lexicon verb written with one is a request only. */
  imperative: Type.Array(Type.String({ minLength: 1 })),
  /** How a report of the same verb begins after its stem: past, present and participle ("аудардым", "жібереді"). */
  reports: Type.Array(Type.String({ minLength: 1 })),
});

export const RussianVerbs = Type.Object({
  /** Endings of a lexicon word that make it a verb asked for (imperative or infinitive). */
  request: Type.Array(Type.String({ minLength: 1 })),
  /** A regular expression over what follows such a verb's stem in a text word: matching, the word is a report. */
  reportTail: Type.String({ minLength: 1 }),
  /** The same over a verb typed in Latin letters (ru-latin.ts). */
  reportTailLatin: Type.String({ minLength: 1 }),
});

export const Scoring = Type.Object({
  bias: Type.Number(),
  /** Weight per reason code; a family prefix ("pretext") covers its codes ("pretext.parcel"). */
  weights: Type.Record(Type.String(), Type.Number()),
  /**
   * Extra weight when every code (or family) in `all` fired together, none of `none` fired, and, with
   * `atLeast`, at least `n` distinct patterns of `of` fired too. A pattern may list alternatives: "org.bank|org.police".
   */
  pairs: Type.Array(
    Type.Object({
      all: Type.Array(Type.String(), { minItems: 1 }),
      none: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
      atLeast: Type.Optional(Type.Object({ n: Type.Integer({ minimum: 1 }), of: Type.Array(Type.String(), { minItems: 2 }) })),
      weight: Type.Number(),
    }),
  ),
  thresholds: Type.Object({ danger: Type.Number(), suspicious: Type.Number(), unnamed: Type.Optional(Type.Number()) }),
  /** How many unmatched words may sit between two words of a phrase. */
  maxGap: Type.Integer({ minimum: 0, maximum: 3 }),
  /** Longest ending accepted after a stem, per stemming language. */
  maxTail: Type.Object({ ru: Type.Integer(), kk: Type.Integer(), en: Type.Integer(), prefix: Type.Integer() }),
});

export const Links = Type.Object({
  shorteners: Type.Array(Type.String()),
  /** Hosts that are nobody's official site but are not suspicious either (messengers, app stores). */
  neutral: Type.Array(Type.String()),
});

export const Reasons = Type.Record(Type.String(), Langs);

export const Advice = Type.Object({
  items: Type.Record(Type.String(), Langs),
  byVerdict: Type.Object({ danger: Type.Array(Type.String()), suspicious: Type.Array(Type.String()), no_signs: Type.Array(Type.String()) }),
  byReason: Type.Record(Type.String(), Type.Array(Type.String())),
});

/** Per-word log-odds learned from the corpus (src/lure/wording.ts), and the scale they enter the score with. */
export const Wording = Type.Object({
  prefix: Type.Integer({ minimum: 2, maximum: 40 }),
  scale: Type.Number({ minimum: 0 }),
  /** The most the wording may lower, and raise, a message's log-odds. */
  down: Type.Number({ minimum: 0 }),
  up: Type.Number({ minimum: 0 }),
  weights: Type.Record(Type.String({ minLength: 1 }), Type.Number()),
});

export const RawLexicon = Type.Object({
  normalize: NormalizeData,
  kkSuffixes: KazakhSuffixes,
  ruVerbs: RussianVerbs,
  signals: SignalFile,
  scoring: Scoring,
  links: Links,
  reasons: Reasons,
  advice: Advice,
  wording: Wording,
});

export type RawLexicon = Static<typeof RawLexicon>;
export type SignalPhrases = Static<typeof SignalPhrases>;
export type ScoringData = Static<typeof Scoring>;
export type NormalizeData = Static<typeof NormalizeData>;
export type WordingData = Static<typeof Wording>;
