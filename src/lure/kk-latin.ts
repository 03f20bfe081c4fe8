// Kazakh is also written in Latin letters: the official alphabet of 2021 (á, ǵ, ı, ń, ó, ú, ý, sh, ch), the
// Turkic-style spelling of the earlier drafts (ä, ğ, ñ, ö, ü, ş, ç), and the plain letters people type on any
// keyboard (ng, sh, zh, or q and k alike). The lexicon is written in Cyrillic; its Latin spellings are derived
// here once, when the lexicon is compiled, so a lure typed in Latin Kazakh meets the same phrases.

type Scheme = Readonly<Record<string, string>>;

const COMMON: Scheme = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', ұ: 'u', ф: 'f', һ: 'h', ц: 'ts', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e',
};

const SCHEMES: readonly Scheme[] = [
  // The official alphabet of 2021.
  { ...COMMON, ә: 'á', ғ: 'ǵ', ё: 'ıo', ж: 'j', и: 'ı', й: 'ı', қ: 'q', ң: 'ń', ө: 'ó', у: 'ý', ү: 'ú', х: 'h', ч: 'ch', ш: 'sh', щ: 'sh', ю: 'ıý', я: 'ıa' },
  // Turkic-style letters.
  { ...COMMON, ә: 'ä', ғ: 'ğ', ё: 'yo', ж: 'j', и: 'i', й: 'y', қ: 'q', ң: 'ñ', ө: 'ö', у: 'u', ү: 'ü', х: 'h', ч: 'ç', ш: 'ş', щ: 'ş', ю: 'yu', я: 'ya' },
  // Plain letters with digraphs.
  { ...COMMON, ә: 'a', ғ: 'g', ё: 'yo', ж: 'zh', и: 'i', й: 'y', қ: 'q', ң: 'ng', ө: 'o', у: 'u', ү: 'u', х: 'kh', ч: 'ch', ш: 'sh', щ: 'sh', ю: 'yu', я: 'ya' },
  // Plain letters as a Russian keyboard habit writes them (қ as k, ң as n).
  { ...COMMON, ә: 'a', ғ: 'g', ё: 'yo', ж: 'zh', и: 'i', й: 'i', қ: 'k', ң: 'n', ө: 'o', у: 'u', ү: 'u', х: 'h', ч: 'ch', ш: 'sh', щ: 'sh', ю: 'yu', я: 'ya' },
  // Plain letters with the official alphabet's j for ж and q for қ ("jauapkershilik", "jiberiniz"), as phones are typed on.
  { ...COMMON, ә: 'a', ғ: 'g', ё: 'yo', ж: 'j', и: 'i', й: 'i', қ: 'q', ң: 'n', ө: 'o', у: 'u', ү: 'u', х: 'h', ч: 'ch', ш: 'sh', щ: 'sh', ю: 'yu', я: 'ya' },
];

function spell(text: string, scheme: Scheme): string {
  let out = '';
  for (const ch of text) out += scheme[ch] ?? ch;
  return out;
}

/** The Latin spellings of a lower-case Cyrillic Kazakh text, each once; none when it has no Cyrillic letter. */
export function kazakhLatinSpellings(text: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const lower = text.toLowerCase();
  return [...new Set(SCHEMES.map((scheme) => spell(lower, scheme)))];
}
