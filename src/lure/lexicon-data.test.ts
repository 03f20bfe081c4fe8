import { describe, expect, it } from 'vitest';
import { lexicon, testAnalyzer } from '../../test/helpers/lure.js';

const analyzer = testAnalyzer();

/** A phrase as a message would write it: without the lexicon's `=` and `*` marks. */
const plain = (phrase: string): string => phrase.replace(/(^|\s)=/g, '$1').replace(/\*(\s|$)/g, '$1');

describe('the lexicon data in data/lexicon', () => {
  it('matches every phrase written out as it stands', () => {
    // A stem too short for the word's own ending ("данные" → "дан" + at most two letters) makes a
    // phrase that never fires; such words are written exact (=word) or as a longer prefix (данн*).
    const missed: string[] = [];
    for (const [code, langs] of Object.entries(lexicon.signals)) {
      if (code.startsWith('lang.') || code.startsWith('mark.')) continue;
      for (const [lang, phrases] of Object.entries(langs)) {
        for (const phrase of phrases) {
          // Names with digits ("tele2") are the registry's aliases; the tokenizer splits them there.
          if (/\d/.test(phrase)) continue;
          const codes = analyzer.analyze({ text: plain(phrase) }).reasons.map((r) => r.code);
          if (!codes.includes(code) && !(code === 'call_verb' && codes.includes('callback'))) missed.push(`${code} ${lang} "${phrase}"`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('marks no word both exact (=) and open-ended (*): the exact mark wins, and the ending the author meant is lost', () => {
    const both: string[] = [];
    for (const langs of Object.values(lexicon.signals)) {
      for (const phrases of Object.values(langs)) for (const phrase of phrases) if (phrase.split(/\s+/).some((w) => w.startsWith('=') && w.endsWith('*'))) both.push(phrase);
    }
    expect(both).toEqual([]);
  });

  it('weighs every signal family it defines and names only families it defines in combinations', () => {
    const families = new Set(Object.keys(lexicon.signals).map((c) => c.split('.')[0]!));
    for (const f of families) if (f !== 'lang' && f !== 'mark') expect(Object.keys(lexicon.scoring.weights).some((w) => w.split('.')[0] === f), f).toBe(true);
    const known = (pattern: string): boolean => families.has(pattern.split('.')[0]!) || /^(number|sender|link|channel|evasion)(\.|$)/.test(pattern) || pattern === 'org';
    for (const p of lexicon.scoring.pairs) {
      for (const pattern of [...p.all, ...(p.atLeast?.of ?? [])]) for (const alt of pattern.split('|')) expect(known(alt), alt).toBe(true);
    }
    expect(lexicon.scoring.thresholds.danger).toBeGreaterThan(lexicon.scoring.thresholds.suspicious);
  });
});
