// Decides which language a text is in from its scripts, Kazakh-only letters and Kazakh marker words.
import type { FoundLink } from './links.js';
import type { Tokens } from './tokenize.js';
import * as tokenize from './tokenize.js';
import type { TextLang } from './types.js';

const SCRIPT_CYR = tokenize.SCRIPT_CYR;

export interface LangEvidence {
  cyrWords: number;
  latWords: number;
  kkLetters: number;
  kkMarkers: number;
  ruMarkers: number;
}

/** Words of a short message, where one Kazakh letter or marker word is evidence enough. */
const SHORT_TEXT = 4;

export function decideLang(e: LangEvidence): TextLang {
  const words = e.cyrWords + e.latWords;
  if (words === 0) return 'ru';
  if (e.latWords > e.cyrWords) {
    if (e.cyrWords >= 3 && e.cyrWords * 2 >= e.latWords) return 'mixed';
    // Kazakh and Russian typed in Latin letters: their marker words, spelled in Latin (kk-latin.ts, ru-latin.ts),
    // are no English words.
    if (e.kkMarkers >= 2 || (e.kkMarkers === 1 && e.ruMarkers === 0)) return 'kk';
    return e.ruMarkers >= 2 ? 'ru' : 'en';
  }
  if (e.latWords >= 3 && e.latWords * 2 >= e.cyrWords) return 'mixed';
  const kk = e.kkLetters + 2 * e.kkMarkers;
  if (kk >= 2 && e.ruMarkers >= 3 && e.ruMarkers * 2 > e.kkMarkers * 3) return 'mixed';
  // one letter only Kazakh has ("Рақмет, алдым", "Сағындым") decides a short text that no Russian word claims
  // (in a longer one it may be a name: "Химчистка «Аққу»")
  return kk >= 2 || (e.kkLetters >= 1 && e.ruMarkers === 0 && words <= SHORT_TEXT) ? 'kk' : 'ru';
}

/** Words of two letters or more per script, outside links, into the language evidence. */
export function countWords(tokens: Tokens, links: readonly FoundLink[], into: LangEvidence): void {
  let cyr = 0;
  let lat = 0;
  let nextLink = 0;
  for (let i = 0; i < tokens.count; i++) {
    const script = tokens.script[i]!;
    if (script === 0 || tokens.bufEnd[i]! - tokens.bufStart[i]! < 2) continue;
    if (links.length > 0) {
      const at = tokens.origStart[i]!;
      while (nextLink < links.length && links[nextLink]!.span[1] <= at) nextLink++;
      if (nextLink < links.length && at >= links[nextLink]!.span[0]) continue;
    }
    if (script === SCRIPT_CYR) cyr++;
    else lat++;
  }
  into.cyrWords = cyr;
  into.latWords = lat;
}
