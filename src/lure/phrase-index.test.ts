import { describe, expect, it } from 'vitest';
import { CANDIDATES, PhraseIndex, PhraseMatches } from './phrase-index.js';
import type { Phrase, WordPlaces } from './phrase-index.js';

/** Candidate ids per text word, -1 padded to CANDIDATES. */
function candidates(words: number[][]): Int32Array {
  const out = new Int32Array(words.length * CANDIDATES).fill(-1);
  words.forEach((ids, i) => {
    ids.forEach((id, k) => {
      out[i * CANDIDATES + k] = id;
    });
  });
  return out;
}

function found(index: PhraseIndex, words: number[][], places?: WordPlaces): [string, number, number][] {
  const out = new PhraseMatches();
  index.match(candidates(words), words.length, out, places);
  return Array.from({ length: out.count }, (_, m) => [index.phrases[out.phrase[m]!]!.code, out.firstToken[m]!, out.lastToken[m]!]);
}

const phrases: Phrase[] = [
  { code: 'one', words: [1], maxGap: 1 },
  { code: 'pair', words: [1, 2], maxGap: 1 },
  { code: 'strict', words: [3, 2], maxGap: 0 },
  { code: 'three', words: [4, 2, 5], maxGap: 1 },
];
const index = new PhraseIndex(phrases, 6);

describe('PhraseIndex', () => {
  it('finds phrases left to right, within their gaps, through any candidate of a word', () => {
    expect(found(index, [[1], [0], [2]])).toEqual([
      ['one', 0, 0],
      ['pair', 0, 2],
    ]);
    expect(found(index, [[1], [0], [0], [2]])).toEqual([['one', 0, 0]]);
    expect(found(index, [[3], [0], [2]])).toEqual([]);
    expect(found(index, [[0, 3], [5, 2]])).toEqual([['strict', 0, 1]]);
    expect(found(index, [[4], [2], [9], [5]])).toEqual([['three', 0, 3]]);
  });

  it('skips a word only within one clause when it knows where the words are', () => {
    const places = (text: string): WordPlaces => {
      const spans = [...text.matchAll(/\p{L}+/gu)].map((m) => [m.index, m.index + m[0].length]);
      return { text, origStart: Int32Array.from(spans, (s) => s[0]!), origEnd: Int32Array.from(spans, (s) => s[1]!) };
    };
    expect(found(index, [[1], [0], [2]], places('aa bb cc'))).toEqual([
      ['one', 0, 0],
      ['pair', 0, 2],
    ]);
    for (const text of ['aa bb, cc', 'aa, bb cc', 'aa bb. cc', 'aa (bb) cc', 'aa bb\ncc', 'aa bb — cc']) {
      expect(found(index, [[1], [0], [2]], places(text)), text).toEqual([['one', 0, 0]]);
    }
    // Next to each other, the words make the phrase whatever stands between them.
    expect(found(index, [[1], [2]], places('aa, cc'))).toEqual([
      ['one', 0, 0],
      ['pair', 0, 1],
    ]);
  });

  it('lists the phrases found at one word in phrase order, each once', () => {
    const mixed = new PhraseIndex(
      [
        { code: 'a-c', words: [1, 3], maxGap: 1 },
        { code: 'a', words: [1], maxGap: 1 },
        { code: 'a-b', words: [1, 2], maxGap: 1 },
        { code: 'a-c-b', words: [1, 3, 2], maxGap: 1 },
      ],
      4,
    );
    // "c" stands both right after "a" and one word further: each phrase is tried once, from the nearer one.
    expect(found(mixed, [[1], [3, 2], [3], [2]])).toEqual([
      ['a-c', 0, 1],
      ['a', 0, 0],
      ['a-b', 0, 1],
      ['a-c-b', 0, 3],
    ]);
  });

  it('keeps every match of a long text', () => {
    const words = Array.from({ length: 200 }, (_, i) => [i % 2 === 0 ? 1 : 2]);
    const all = found(index, words);
    expect(all).toHaveLength(200);
    expect(all.at(-1)).toEqual(['pair', 198, 199]);
  });
});
