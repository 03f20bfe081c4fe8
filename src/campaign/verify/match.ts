// Does a page really carry the alert? Normalized, word-boundary-aware matching of the alert's key terms
// (KK and RU) and of the press kit's texts, recording what matched. Pure.
import type { Alert, AlertLang } from '../alert.js';

// Latin letters that look like Cyrillic ones, swapped inside words that are otherwise Cyrillic.
const LOOKALIKE: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYR = /[\u0400-\u04ff]/;

/** Lower case, ё→е, no soft hyphens or zero-width characters, Latin look-alikes mended: one token per word. */
export function tokens(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2010-\u2015-]/g, '-');
  const out: string[] = [];
  for (const raw of cleaned.split(/[^\p{L}\p{N}-]+/u)) {
    for (const part of raw.split('-')) {
      if (part === '') continue;
      out.push(CYR.test(part) ? part.replace(/[a-z]/g, (c) => LOOKALIKE[c] ?? c) : part);
    }
  }
  return out;
}

/** A prefix long enough to name the word and short enough to let inflection (RU cases, KK suffixes) through. */
export function stemOf(token: string): string {
  if (token.length <= 4) return token;
  return token.slice(0, Math.max(4, Math.ceil(token.length * 0.7)));
}

export interface KeyTerm {
  lang: AlertLang;
  text: string;
  kind: 'title' | 'pretext';
}

/** The alert's key terms in both languages: its pretexts and its title. */
export function keyTerms(alert: Alert): KeyTerm[] {
  const out: KeyTerm[] = [];
  for (const lang of ['kk', 'ru'] as const) {
    const c = alert.content[lang];
    out.push({ lang, text: c.title, kind: 'title' });
    for (const p of c.pretexts) out.push({ lang, text: p, kind: 'pretext' });
  }
  return out;
}

/**
 * Finds a term in the page tokens: its content words (longer than two letters) in order, each starting
 * with the word's stem, with at most two other words between neighbours.
 */
export function findTerm(page: string[], term: string): boolean {
  const words = tokens(term).filter((w) => w.length > 2).map(stemOf);
  if (words.length === 0) return false;
  for (let i = 0; i < page.length; i++) {
    if (!page[i]!.startsWith(words[0]!)) continue;
    let at = i;
    let ok = true;
    for (let w = 1; w < words.length && ok; w++) {
      ok = false;
      for (let j = at + 1; j <= at + 3 && j < page.length; j++) {
        if (page[j]!.startsWith(words[w]!)) {
          at = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) return true;
  }
  return false;
}

function shingles(words: string[], n = 3): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).map(stemOf).join(' '));
  return out;
}

// A worker matches every page against the same kit: its shingles are built once per kit array.
const kitCache = new WeakMap<string[], Set<string>[]>();
function kitShingles(texts: string[]): Set<string>[] {
  let sets = kitCache.get(texts);
  if (!sets) {
    sets = texts.map((t) => shingles(tokens(t)));
    kitCache.set(texts, sets);
  }
  return sets;
}

export interface KitMatch {
  index: number;
  /** Share of the kit text's 3-word shingles found on the page. */
  overlap: number;
}

export interface MatchResult {
  matched: KeyTerm[];
  bestKit: KitMatch | null;
  /** verified: carries the alert; partial: one term only, a person should look; none: no mention. */
  verdict: 'verified' | 'partial' | 'none';
  reason: string;
}

/** Verified when two key terms match, or a press-kit text is largely reproduced (a third of its shingles). */
export function matchAlert(paragraphs: string[], alert: Alert, kitTexts: string[] = []): MatchResult {
  const page = tokens(paragraphs.join('\n'));
  const matched = keyTerms(alert).filter((t) => findTerm(page, t.text));
  let bestKit: KitMatch | null = null;
  if (kitTexts.length > 0) {
    const pageShingles = shingles(page);
    kitShingles(kitTexts).forEach((s, index) => {
      if (s.size < 3) return;
      let hit = 0;
      for (const x of s) if (pageShingles.has(x)) hit++;
      const overlap = hit / s.size;
      if (!bestKit || overlap > bestKit.overlap) bestKit = { index, overlap };
    });
  }
  const kit = bestKit as KitMatch | null;
  const terms = matched.map((m) => `${m.lang}:${m.text}`).join('; ');
  if (kit && kit.overlap >= 0.33) {
    return { matched, bestKit: kit, verdict: 'verified', reason: `press-kit text ${kit.index + 1} reproduced (${Math.round(kit.overlap * 100)}%)${terms ? `; terms: ${terms}` : ''}` };
  }
  if (matched.length >= 2) return { matched, bestKit: kit, verdict: 'verified', reason: `key terms: ${terms}` };
  if (matched.length === 1) return { matched, bestKit: kit, verdict: 'partial', reason: `only one key term: ${terms}` };
  return { matched, bestKit: kit, verdict: 'none', reason: 'none of the alert’s key terms is on the page' };
}
