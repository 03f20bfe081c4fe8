// Sentences as a reader sees them in messages: a line break, "!" or "?", or a stop before a capital ends one;
// "каб. 410", "ул. Абая", "т.е. код" do not.

/** Whether a sentence ends in text[from, to). */
export function sentenceEnds(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63) return true;
    if (c !== 46) continue;
    if (capitalAfter(text, i)) return true;
  }
  return false;
}

/** Whether the stop at `i` is followed by spaces and then a capital letter. */
function capitalAfter(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  const next = text.charAt(j);
  return j > i + 1 && next !== next.toLowerCase();
}

/** Whether nothing but spaces, marks and closing punctuation stands between `at` and the end of its sentence (or the text). */
export function lastInSentence(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || c === 46 || c === 59) return true;
    // letters and digits are words of the sentence still; spaces, quotes, brackets, emoji and "*" are not
    if (/[\p{L}\p{N}]/u.test(text.charAt(i))) return false;
  }
  return true;
}

/**
 * The sentences of one text, by the same rule as sentenceEnds, found in one pass when first asked: which sentence
 * a place is in is then a binary search, so a text with many markers and hits costs no pass per pair.
 */
export class SentenceIndex {
  private ends: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /** The number of sentence ends before `at`: two places are in one sentence when theirs are equal. */
  of(at: number): number {
    const ends = (this.ends ??= sentenceEndsOf(this.text));
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Where sentence k (as `of` counts them) begins: after the end of the one before it. */
  startOf(k: number): number {
    const ends = (this.ends ??= sentenceEndsOf(this.text));
    return k <= 0 ? 0 : ends[Math.min(k, ends.length) - 1]! + 1;
  }
}

function sentenceEndsOf(text: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63 || (c === 46 && capitalAfter(text, i))) out.push(i);
  }
  return Int32Array.from(out);
}
