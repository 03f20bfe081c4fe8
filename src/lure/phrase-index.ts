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

export class PhraseIndex {
  /**
   * The phrases starting with word id w, as pairs (phrase index, its second word id or -1 for a one-word phrase)
   * in byFirst[2 * firstStart[w], 2 * firstStart[w + 1]): the check that passes most phrases over reads the
   * pair it already has in hand.
   */
  private readonly firstStart: Int32Array;
  private readonly byFirst: Int32Array;
  /** Phrase p's words are phraseWords[wordStart[p], wordStart[p + 1]). */
  private readonly wordStart: Int32Array;
  private readonly phraseWords: Int32Array;
  private readonly maxGap: Int32Array;
  /** Per word id, the number of the last text whose candidates hold it (see match). */
  private readonly seen: Int32Array;
  private text = 0;

  constructor(
    readonly phrases: readonly Phrase[],
    wordCount: number,
  ) {
    this.wordStart = new Int32Array(phrases.length + 1);
    phrases.forEach((p, index) => (this.wordStart[index + 1] = this.wordStart[index]! + p.words.length));
    this.phraseWords = Int32Array.from(phrases.flatMap((p) => p.words));
    this.maxGap = Int32Array.from(phrases, (p) => p.maxGap);
    this.seen = new Int32Array(wordCount);
    this.firstStart = new Int32Array(wordCount + 1);
    for (const p of phrases) this.firstStart[p.words[0]! + 1]!++;
    for (let w = 0; w < wordCount; w++) this.firstStart[w + 1]! += this.firstStart[w]!;
    this.byFirst = new Int32Array(phrases.length * 2);
    const fill = this.firstStart.slice(0, wordCount);
    phrases.forEach((p, index) => {
      const at = fill[p.words[0]!]!++;
      this.byFirst[2 * at] = index;
      this.byFirst[2 * at + 1] = p.words[1] ?? -1;
    });
  }

  /**
   * Every phrase occurrence over the text words' candidate ids (CANDIDATES per word, -1 padded), left to right.
   * With the words' places, a phrase skips a word only within one clause ("по дому, тел." is not "по тел.").
   */
  match(cand: Int32Array, n: number, out: PhraseMatches, places?: WordPlaces): void {
    out.count = 0;
    const { firstStart, byFirst, seen } = this;
    // Most phrases that start at a word go no further: their second word is nowhere in the text. Marking the
    // text's word ids first lets such a phrase be passed over with one read instead of a walk over the next words.
    if (++this.text === 0x7fffffff) {
      seen.fill(0);
      this.text = 1;
    }
    const text = this.text;
    for (let c = 0; c < n * CANDIDATES; c++) {
      const id = cand[c]!;
      if (id >= 0) seen[id] = text;
    }
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < CANDIDATES; k++) {
        const id = cand[i * CANDIDATES + k]!;
        if (id < 0) break;
        const end = 2 * firstStart[id + 1]!;
        for (let j = 2 * firstStart[id]!; j < end; j += 2) {
          const next = byFirst[j + 1]!;
          if (next < 0) {
            out.push(byFirst[j]!, i, i);
            continue;
          }
          if (seen[next] !== text) continue;
          const index = byFirst[j]!;
          const last = this.rest(cand, n, index, i, places);
          if (last >= 0) out.push(index, i, last);
        }
      }
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
          // Only a match that skips a word pays for looking at the characters between.
          if (g > 1 && places !== undefined && clauseBreak(places.text, places.origEnd[pos]!, places.origStart[pos + g]!)) break;
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
