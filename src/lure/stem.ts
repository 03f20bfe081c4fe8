// Stems the lexicon's words once, at build time: Russian and English by Snowball, Kazakh by our list of endings.
// A stem is kept only as far as it is a prefix of the word, so text can be matched by prefix without stemming it.
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { stemmer as russianStemmer } from '@orama/stemmers/russian';

export type StemLang = 'ru' | 'kk' | 'en';

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Strips the longest known Kazakh endings, repeatedly (the language stacks them), keeping at least minStem letters. */
export function kazakhStem(word: string, endings: readonly string[], minStem: number): string {
  const sorted = [...endings].sort((a, b) => b.length - a.length);
  let w = word;
  for (let guard = 0; guard < 6; guard++) {
    const hit = sorted.find((e) => w.length - e.length >= minStem && w.endsWith(e));
    if (!hit) break;
    w = w.slice(0, w.length - hit.length);
  }
  return w;
}

export interface StemOptions {
  kkEndings: readonly string[];
  kkMinStem: number;
}

/** The stem of a lower-cased lexicon word in its language (ё is kept: Snowball wants real Russian letters). */
export function stemWord(word: string, lang: StemLang, opts: StemOptions): string {
  if (lang === 'kk') return kazakhStem(word, opts.kkEndings, opts.kkMinStem);
  if (lang === 'ru') {
    const w = word.replace(/ё/g, 'е');
    return commonPrefix(w, russianStemmer(w));
  }
  return commonPrefix(word, englishStemmer(word));
}
