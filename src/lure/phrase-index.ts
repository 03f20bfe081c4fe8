// Phrases over lexicon word ids: an index from a phrase's first word to its phrases, and the phrases'
// words back to back in typed arrays, so matching a text reads integers only.
import { grown } from './grown.js';

/** Candidate word ids kept per text word (longest first). */
export const CANDIDATES = 3;

/** Where the words sit in the text, so a phrase's skipped word is never read across a clause break. */
export interface WordPlaces {
  text: string;
  origStart: Int32Array;
  origEnd: Int32Array;
}

/** A comma, a stop, a colon, a bracket, a dash or a line break between words closes a clause. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 10 || c === 13 || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

/**
 * Whether a sentence ends between two adjacent words: a line break, "!" or "?", or a full stop before a capital
 * ("…to your bank account. Details are…" is not "account details"; "ул. абая" written small stays one clause).
 */
function sentenceBreak(text: string, from: number, to: number): boolean {
  let stop = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 10 || c === 13) return true;
    if (c === 46) stop = true;
  }
  return stop && isCapital(text.charCodeAt(to));
}

/** Latin, Russian and Kazakh capitals. */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x406 || c === 0x492 || c === 0x49a || c === 0x4a2 || c === 0x4ae || c === 0x4b0 || c === 0x4ba || c === 0x4d8 || c === 0x4e8;
}

export interface Phrase {
  code: string;
  words: number[];
  /** Registry organization the phrase names, when it is an alias. */
  org?: string;
  /** Unmatched words allowed between two of its words (a negation must touch its verb: 0). */
  maxGap: number;
}

/** Phrase occurrences of one text, as parallel arrays reused from call to call. */
export class PhraseMatches {
  count = 0;
  /** Index into the phrase list. */
  phrase: Int32Array = new Int32Array(32);
  firstToken: Int32Array = new Int32Array(32);
  lastToken: Int32Array = new Int32Array(32);

  push(phrase: number, first: number, last: number): void {
    if (this.count === this.phrase.length) {
      const size = this.phrase.length * 2;
      this.phrase = grown(this.phrase, size);
      this.firstToken = grown(this.firstToken, size);
      this.lastToken = grown(this.lastToken, size);
    }
    this.phrase[this.count] = phrase;
    this.firstToken[this.count] = first;
    this.lastToken[this.count] = last;
    this.count++;
  }
}

/** Pair table entries: first word, second word, then the range of their phrases in pairPhrases. */
const PAIR_STRIDE = 4;
const PAIR_BITS = 1 << 15;

export class PhraseIndex {
  /** The one-word phrases of word id w are onePhrases[oneStart[w], oneStart[w + 1]), in phrase order. */
  private readonly oneStart: Int32Array;
  private readonly onePhrases: Int32Array;
  /** Per word id, how far after it the second word of a phrase starting with it may stand (0: no such phrase). */
  private readonly reachOf: Int32Array;
  /**
   * The phrases of two words or more by their first two words: an open-addressing table of (first, second,
   * from, to) over pairPhrases, each range in phrase order. A phrase is tried only when its second word
   * stands within its reach of the first, so the many phrases that share a common first word ("в", "не")
   * cost one probe per word nearby rather than one read each.
   */
  private readonly pairs: Int32Array;
  private readonly pairMask: number;
  /**
   * One bit per pair hash (PAIR_BITS of them), set for the pairs in the table: most words near a phrase's
   * first word pair with none of its phrases, and this small filter answers that from the first-level cache.
   */
  private readonly pairBits: Int32Array;
  private readonly pairPhrases: Int32Array;
  /** Phrase p's words are phraseWords[wordStart[p], wordStart[p + 1]). */
  private readonly wordStart: Int32Array;
  private readonly phraseWords: Int32Array;
  private readonly maxGap: Int32Array;
  /** Per phrase, the number of the last start at which it was taken up, so a second word seen twice tries it once. */
  private readonly taken: Int32Array;
  private start = 0;
  /** The phrases taken up at one start, sorted into phrase order before they are tried. */
  private readonly tried: Int32Array;

  constructor(
    readonly phrases: readonly Phrase[],
    wordCount: number,
  ) {
    this.wordStart = new Int32Array(phrases.length + 1);
    phrases.forEach((p, index) => (this.wordStart[index + 1] = this.wordStart[index]! + p.words.length));
    this.phraseWords = Int32Array.from(phrases.flatMap((p) => p.words));
    this.maxGap = Int32Array.from(phrases, (p) => p.maxGap);
    this.taken = new Int32Array(phrases.length);
    this.tried = new Int32Array(phrases.length);
    this.oneStart = new Int32Array(wordCount + 1);
    this.reachOf = new Int32Array(wordCount);
    const byPair = new Map<string, number[]>();
    phrases.forEach((p, index) => {
      const first = p.words[0]!;
      if (p.words.length === 1) {
        this.oneStart[first + 1]!++;
        return;
      }
      this.reachOf[first] = Math.max(this.reachOf[first]!, p.maxGap + 1);
      const key = `${first} ${p.words[1]!}`;
      const list = byPair.get(key);
      if (list === undefined) byPair.set(key, [index]);
      else list.push(index);
    });
    for (let w = 0; w < wordCount; w++) this.oneStart[w + 1]! += this.oneStart[w]!;
    this.onePhrases = new Int32Array(this.oneStart[wordCount]!);
    const fill = this.oneStart.slice(0, wordCount);
    phrases.forEach((p, index) => {
      if (p.words.length === 1) this.onePhrases[fill[p.words[0]!]!++] = index;
    });
    let size = 16;
    while (size < 2 * byPair.size) size *= 2;
    this.pairs = new Int32Array(size * PAIR_STRIDE).fill(-1);
    this.pairMask = size - 1;
    this.pairPhrases = new Int32Array(phrases.length);
    this.pairBits = new Int32Array(PAIR_BITS >>> 5);
    let at = 0;
    for (const list of byPair.values()) {
      const p = phrases[list[0]!]!;
      const h = pairHash(p.words[0]!, p.words[1]!);
      this.pairBits[(h >>> 5) & ((PAIR_BITS >>> 5) - 1)]! |= 1 << (h & 31);
      let s = h & this.pairMask;
      while (this.pairs[s * PAIR_STRIDE] !== -1) s = (s + 1) & this.pairMask;
      this.pairs[s * PAIR_STRIDE] = p.words[0]!;
      this.pairs[s * PAIR_STRIDE + 1] = p.words[1]!;
      this.pairs[s * PAIR_STRIDE + 2] = at;
      for (const index of list) this.pairPhrases[at++] = index;
      this.pairs[s * PAIR_STRIDE + 3] = at;
    }
  }

  /**
   * Every phrase occurrence over the text words' candidate ids (CANDIDATES per word, -1 padded), left to right,
   * and at one word in phrase order. With the words' places, a phrase skips a word only within one clause
   * ("по дому, тел." is not "по тел.").
   */
  match(cand: Int32Array, n: number, out: PhraseMatches, places?: WordPlaces): void {
    out.count = 0;
    const { oneStart, onePhrases, reachOf, pairs, pairPhrases, taken, tried, maxGap } = this;
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < CANDIDATES; k++) {
        const id = cand[i * CANDIDATES + k]!;
        if (id < 0) break;
        let one = oneStart[id]!;
        const oneEnd = oneStart[id + 1]!;
        const reach = reachOf[id]!;
        let count = 0;
        if (reach > 0) {
          if (++this.start === 0x7fffffff) {
            taken.fill(0);
            this.start = 1;
          }
          const start = this.start;
          for (let g = 1; g <= reach && i + g < n; g++) {
            const base = (i + g) * CANDIDATES;
            for (let kk = 0; kk < CANDIDATES; kk++) {
              const next = cand[base + kk]!;
              if (next < 0) break;
              const at = this.pairAt(id, next);
              if (at < 0) continue;
              for (let q = pairs[at + 2]!, end = pairs[at + 3]!; q < end; q++) {
                const p = pairPhrases[q]!;
                if (maxGap[p]! < g - 1 || taken[p] === start) continue;
                taken[p] = start;
                // Insertion into phrase order: a start takes up a handful of phrases at most.
                let t = count++;
                while (t > 0 && tried[t - 1]! > p) {
                  tried[t] = tried[t - 1]!;
                  t--;
                }
                tried[t] = p;
              }
            }
          }
        }
        // One-word phrases and the phrases taken up, merged in phrase order.
        for (let t = 0; t < count; t++) {
          const p = tried[t]!;
          while (one < oneEnd && onePhrases[one]! < p) out.push(onePhrases[one++]!, i, i);
          const last = this.rest(cand, n, p, i, places);
          if (last >= 0) out.push(p, i, last);
        }
        while (one < oneEnd) out.push(onePhrases[one++]!, i, i);
      }
    }
  }

  /** Where the pair (first, second) sits in the pair table, or -1 when no phrase starts with it. */
  private pairAt(first: number, second: number): number {
    const h = pairHash(first, second);
    if ((this.pairBits[(h >>> 5) & ((PAIR_BITS >>> 5) - 1)]! & (1 << (h & 31))) === 0) return -1;
    const { pairs, pairMask } = this;
    for (let s = h & pairMask; ; s = (s + 1) & pairMask) {
      const at = s * PAIR_STRIDE;
      if (pairs[at] === -1) return -1;
      if (pairs[at] === first && pairs[at + 1] === second) return at;
    }
  }

  /** The last text word of phrase p when its first word is text word `at`, or -1. */
  private rest(cand: Int32Array, n: number, p: number, at: number, places: WordPlaces | undefined): number {
    const words = this.phraseWords;
    const end = this.wordStart[p + 1]!;
    const reach = this.maxGap[p]! + 1;
    let pos = at;
    for (let w = this.wordStart[p]! + 1; w < end; w++) {
      const want = words[w]!;
      let found = -1;
      for (let g = 1; g <= reach && pos + g < n; g++) {
        const base = (pos + g) * CANDIDATES;
        if (cand[base] === want || cand[base + 1] === want || cand[base + 2] === want) {
          // A match that skips a word must stay in its clause, one of adjacent words in its sentence.
          if (places !== undefined && (g > 1 ? clauseBreak : sentenceBreak)(places.text, places.origEnd[pos]!, places.origStart[pos + g]!)) break;
          found = pos + g;
          break;
        }
      }
      if (found < 0) return -1;
      pos = found;
    }
    return pos;
  }
}

/** Mixes a pair of word ids into a table position. */
function pairHash(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
