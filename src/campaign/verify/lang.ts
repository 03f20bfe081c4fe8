// Language per paragraph. Kazakh-only letters (әғқңөұүһі) decide first: they are a strong signal that
// general detectors underweight; tinyld, restricted to the languages we expect, decides the rest. Pure.
// The light model: about ten times faster than the default one, and it knows the three languages we ask about.
import { detect } from 'tinyld/light';

export type PageLang = 'kk' | 'ru' | 'en' | 'other';

export interface ParagraphLang {
  lang: PageLang;
  chars: number;
}

export interface LangSummary {
  /** Share of letters per language, 0..1. */
  shares: Partial<Record<PageLang, number>>;
  /** The language with most letters, or null when the page has no text. */
  main: PageLang | null;
  /** Languages with at least 15% of the letters. */
  present: PageLang[];
}

const KAZAKH = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/g;
const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[a-zA-Z]/g;

export function paragraphLang(text: string): ParagraphLang {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  const kk = text.match(KAZAKH)?.length ?? 0;
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  if (letters === 0) return { lang: 'other', chars: 0 };
  // One Kazakh letter per ~40 Cyrillic ones is already far beyond what Russian text ever contains.
  if (kk > 0 && kk * 40 >= cyr) return { lang: 'kk', chars: letters };
  if (cyr + lat < letters / 2) return { lang: 'other', chars: letters };
  const guess = letters >= 12 ? detect(text.slice(0, 600), { only: ['kk', 'ru', 'en'] }) : '';
  if (guess === 'kk' || guess === 'ru' || guess === 'en') return { lang: guess, chars: letters };
  if (cyr > lat) return { lang: 'ru', chars: letters };
  return { lang: lat > 0 ? 'en' : 'other', chars: letters };
}

export function summarizeLangs(paragraphs: string[]): { perParagraph: ParagraphLang[]; summary: LangSummary } {
  const perParagraph = paragraphs.map(paragraphLang);
  const totals: Partial<Record<PageLang, number>> = {};
  let all = 0;
  for (const p of perParagraph) {
    totals[p.lang] = (totals[p.lang] ?? 0) + p.chars;
    all += p.chars;
  }
  const shares: Partial<Record<PageLang, number>> = {};
  let main: PageLang | null = null;
  for (const [lang, n] of Object.entries(totals) as [PageLang, number][]) {
    if (all === 0 || n === 0) continue;
    shares[lang] = n / all;
    if (main === null || n > (totals[main] ?? 0)) main = lang;
  }
  const present = (Object.entries(shares) as [PageLang, number][]).filter(([, s]) => s >= 0.15).map(([l]) => l);
  return { perParagraph, summary: { shares, main, present } };
}
