// The wording of a message against the corpus: which words lures use and services do not, learned as a
// naive Bayes log-odds per word (data/lexicon/wording.json, fitted by scripts/fit-wording.ts). The lexicon
// knows the signals people named; this knows the rest of how lures are written, and it is what keeps a
// scam that asks for nothing by name ("это ты на фото?") or a service notice full of scary words from
// being judged on its few lexicon hits alone.
// Words are read after folding (look-alikes, case, digits for letters, spaced letters), as the lexicon's
// are, so an evasion that leaves the lexicon's verdict alone leaves this one alone too; a word is its
// first few folded letters, a stem rough enough for Russian and Kazakh endings.
import type { CharTable } from './char-table.js';
import type { WordingData } from './lexicon-schema.js';
import { SCRIPT_CYR, SCRIPT_LAT } from './tokenize.js';
import type { Tokens } from './tokenize.js';
import { beginsWith, codeUnits } from './word-endings.js';

/** What the wording adds to a message's log-odds, and its strongest word each way (token index, -1 if none). */
export interface WordingMeasure {
  logit: number;
  /** The known word that weighs most towards a lure, and most towards a service. */
  lureWord: number;
  serviceWord: number;
}

/** The key of token i: its first `prefix` folded letters, digits and signs read as the letters they stand for. */
export function wordKey(tokens: Tokens, i: number, prefix: number, table: CharTable): string | undefined {
  const script = tokens.script[i]!;
  const from = tokens.bufStart[i]!;
  const to = tokens.bufEnd[i]!;
  if (script === 0 || to - from < 2) return undefined;
  const readings = script === SCRIPT_CYR ? table.digitCyr : table.digitLat;
  const leet = tokens.leet[i] === 1;
  let key = '';
  for (let p = from; p < to && key.length < prefix; p++) {
    const c = tokens.buf[p]!;
    const r = leet && c >= 48 && c - 48 < readings.length ? readings[c - 48] : undefined;
    key += String.fromCharCode(r !== undefined && r.length > 0 ? r[0]! : c);
  }
  return key;
}

/** The distinct keys of a text's words, in order of first appearance (for fitting). */
export function wordKeys(tokens: Tokens, prefix: number, table: CharTable): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < tokens.count; i++) {
    const k = wordKey(tokens, i, prefix, table);
    if (k !== undefined) seen.add(k);
  }
  return [...seen];
}

/**
 * Latin letters (and the digits people write for letters) read back as Russian, longest first: a word typed
 * in translit (ru-latin.ts) is weighed as the Russian word it spells, which the model learned from far more
 * messages than from its Latin spellings, most of them English.
 */
const TRANSLIT_RULES: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['ya', 'я'], ['ja', 'я'],
  ['yu', 'ю'], ['ju', 'ю'], ['yo', 'е'], ['jo', 'е'], ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'],
  ['g', 'г'], ['h', 'х'], ['i', 'и'], ['j', 'й'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['q', 'к'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['w', 'ш'], ['x', 'х'], ['z', 'з'], ['4', 'ч'],
  ['6', 'ш'], ['9', 'я'],
];
const TRANSLIT = TRANSLIT_RULES.map(([latin, russian]) => ({ latin: codeUnits(latin), russian }));
const LATIN_VOWELS = 'aeiouy';

/** The first `prefix` Russian letters the Latin word buf[from, to) spells, or undefined if a character has no reading. */
export function russianReading(buf: Uint16Array, from: number, to: number, prefix: number): string | undefined {
  let out = '';
  let p = from;
  while (p < to && out.length < prefix) {
    const c = String.fromCharCode(buf[p]!);
    if (c === 'y') {
      // й after a vowel ("moy", "novyj"), ы after a consonant; "ya", "yu", "yo" are read below as one letter
      const next = p + 1 < to ? String.fromCharCode(buf[p + 1]!) : '';
      if (!'aou'.includes(next) || next === '') {
        out += p > from && LATIN_VOWELS.includes(String.fromCharCode(buf[p - 1]!)) ? 'й' : 'ы';
        p++;
        continue;
      }
    }
    const rule = TRANSLIT.find((r) => beginsWith(buf, p, to, r.latin));
    if (rule === undefined) return undefined;
    out += rule.russian;
    p += rule.latin.length;
  }
  return out.length > 0 ? out : undefined;
}

export class Wording {
  private readonly ids = new Map<string, number>();
  private readonly weights: Float64Array;
  /** Per feature, the number of the message that last counted it: each word counts once per message. */
  private readonly stamp: Int32Array;
  private message = 0;
  private readonly out: WordingMeasure = { logit: 0, lureWord: -1, serviceWord: -1 };
  readonly prefix: number;
  private readonly scale: number;
  private readonly down: number;
  private readonly up: number;

  constructor(
    data: WordingData,
    private readonly table: CharTable,
  ) {
    this.prefix = data.prefix;
    this.scale = data.scale;
    this.down = data.down;
    this.up = data.up;
    const entries = Object.entries(data.weights);
    this.weights = new Float64Array(entries.length);
    entries.forEach(([key, w], i) => {
      this.ids.set(key, i);
      this.weights[i] = w;
    });
    this.stamp = new Int32Array(entries.length);
  }

  /**
   * The wording's log-odds for these tokens, given each token's feature id (featureOf, worked out once per
   * distinct word by whoever caches words): the mean word weight times √(words known), times the fitted
   * scale, kept within [-down, up].
   */
  measure(tokens: Tokens, ids: Int32Array): WordingMeasure {
    const out = this.out;
    out.logit = 0;
    out.lureWord = -1;
    out.serviceWord = -1;
    if (this.scale === 0 || this.weights.length === 0) return out;
    if (++this.message === 0x7fffffff) {
      this.stamp.fill(0);
      this.message = 1;
    }
    const { weights, stamp, message } = this;
    let sum = 0;
    let known = 0;
    let most = 0;
    let least = 0;
    for (let i = 0; i < tokens.count; i++) {
      const id = ids[i]!;
      if (id < 0 || stamp[id] === message) continue;
      stamp[id] = message;
      const w = weights[id]!;
      sum += w;
      known++;
      if (w > most) {
        most = w;
        out.lureWord = i;
      } else if (w < least) {
        least = w;
        out.serviceWord = i;
      }
    }
    // Bounded: a lure padded with ordinary words would otherwise be pulled down without end.
    if (known > 0) out.logit = Math.max(-this.down, Math.min(this.up, (this.scale * sum) / Math.sqrt(known)));
    return out;
  }

  private translit: Int32Array = new Int32Array(64);

  /**
   * The feature ids of a text typed in Latin Russian: each Latin word read as the Russian word it spells
   * (russianReading), the others as they were (`ids`, featureOf's). Reused by the next call.
   */
  translitIds(tokens: Tokens, ids: Int32Array): Int32Array {
    if (this.translit.length < tokens.count) this.translit = new Int32Array(tokens.count * 2);
    const out = this.translit;
    for (let i = 0; i < tokens.count; i++) {
      const from = tokens.bufStart[i]!;
      const to = tokens.bufEnd[i]!;
      if (tokens.script[i] !== SCRIPT_LAT || to - from < 2) {
        out[i] = ids[i]!;
        continue;
      }
      const key = russianReading(tokens.buf, from, to, this.prefix);
      out[i] = key === undefined ? -1 : (this.ids.get(key) ?? -1);
    }
    return out;
  }

  /** The feature id of token i, -1 for a word the model does not know (or a number). */
  featureOf(tokens: Tokens, i: number): number {
    const key = wordKey(tokens, i, this.prefix, this.table);
    return key === undefined ? -1 : (this.ids.get(key) ?? -1);
  }
}
