// Russian is also typed in Latin letters ("translit"): to fit more into one SMS, on a phone without a Cyrillic
// keyboard, or to slip past filters that read Cyrillic words ("Vasha karta zablokirovana, pozvonite…"). There is
// no one standard: people write ж as zh or j, х as h, kh or x, ш as sh or w. The lexicon is written in Cyrillic; its
// Latin spellings under the habits below are derived once, when the lexicon is compiled, so a lure typed in Latin
// Russian meets the same phrases, as Latin Kazakh does (kk-latin.ts).

type Scheme = Readonly<Record<string, string>>;

const COMMON: Scheme = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ъ: '', ь: '', э: 'e',
};

const SCHEMES: readonly Scheme[] = [
  // What most people type ("schyotchik" where the lexicon writes ё).
  { ...COMMON, ж: 'zh', й: 'y', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch', ы: 'y', ю: 'yu', я: 'ya', ё: 'yo' },
  // The same with ё as e, as most people also type it.
  { ...COMMON, ж: 'zh', й: 'y', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch', ы: 'y', ю: 'yu', я: 'ya' },
  // Passports and bank cards (ICAO), which banks' own Latin notices follow.
  { ...COMMON, ж: 'zh', й: 'i', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ы: 'y', ю: 'iu', я: 'ia' },
  // j for ж and й, as on a Polish or Czech keyboard habit.
  { ...COMMON, ж: 'j', й: 'j', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sh', ы: 'i', ю: 'ju', я: 'ja', ё: 'jo' },
  // x for х and w for ш, the shortest forms.
  { ...COMMON, ж: 'zh', й: 'i', х: 'x', ц: 'ts', ч: 'ch', ш: 'w', щ: 'w', ы: 'y', ю: 'yu', я: 'ya' },
];

function spell(word: string, scheme: Scheme): string {
  let out = '';
  for (const ch of word) out += scheme[ch] ?? ch;
  return out;
}

/**
 * The Latin spellings of the lower-case Russian words of one phrase, one list of words per habit, each list once;
 * none when no word has a Cyrillic letter (Latin words stay as they are).
 */
export function russianLatinSpellings(words: readonly string[]): string[][] {
  if (!words.some((w) => /\p{Script=Cyrillic}/u.test(w))) return [];
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const scheme of SCHEMES) {
    const spelled = words.map((w) => spell(w.toLowerCase(), scheme));
    const key = spelled.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(spelled);
  }
  return out;
}

/** Where a word splits at its soft and hard signs, which people type as an apostrophe ("pod'ezd", "podozritel'naya"): the parts between them. */
export function signParts(word: string): string[] {
  return word.split(/[ьъ]/u).filter((part) => part.length > 0);
}
