// Sentences as a reader sees them in messages: a line break, "!" or "?", or a stop before a capital ends one;
// "каб. 410", "ул. Абая", "т.е. код" do not.

/** Whether a sentence ends in text[from, to). */
export function sentenceEnds(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 33 || c === 63) return true;
    if (c !== 46) continue;
    let j = i + 1;
    while (j < to && text.charCodeAt(j) === 32) j++;
    const next = text.charAt(j);
    if (j > i + 1 && next !== next.toLowerCase()) return true;
  }
  return false;
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
