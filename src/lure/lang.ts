// Decides which language a text is in from its scripts, Kazakh-only letters and Kazakh marker words.
import type { TextLang } from './types.js';

export interface LangEvidence {
  cyrWords: number;
  latWords: number;
  kkLetters: number;
  kkMarkers: number;
  ruMarkers: number;
}

export function decideLang(e: LangEvidence): TextLang {
  const words = e.cyrWords + e.latWords;
  if (words === 0) return 'ru';
  if (e.latWords > e.cyrWords) {
    if (e.cyrWords >= 3 && e.cyrWords * 2 >= e.latWords) return 'mixed';
    // Kazakh typed in Latin letters: its marker words, spelled in Latin (kk-latin.ts), are no English words.
    return e.kkMarkers >= 2 ? 'kk' : 'en';
  }
  if (e.latWords >= 3 && e.latWords * 2 >= e.cyrWords) return 'mixed';
  const kk = e.kkLetters + 2 * e.kkMarkers;
  if (kk >= 2 && e.ruMarkers >= 3 && e.ruMarkers * 2 > e.kkMarkers * 3) return 'mixed';
  return kk >= 2 ? 'kk' : 'ru';
}
