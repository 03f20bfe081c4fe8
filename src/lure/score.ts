// Turns the reasons that fired into a score and a verdict: a logistic sum of per-code weights plus
// weights for combinations (a call-back request means far more next to a pretext than alone).
import type { ScoringData } from './lexicon-schema.js';
import type { Verdict } from './types.js';

export interface Scorer {
  weight(code: string): number;
  score(codes: ReadonlySet<string>): number;
  verdict(score: number): Verdict;
}

function covers(pattern: string, code: string): boolean {
  return code === pattern || code.startsWith(`${pattern}.`);
}

export function createScorer(data: ScoringData): Scorer {
  const cache = new Map<string, number>();
  const weight = (code: string): number => {
    const known = cache.get(code);
    if (known !== undefined) return known;
    // The most specific pattern wins: "pretext.parcel" over "pretext".
    let best = '';
    let w = 0;
    for (const [pattern, value] of Object.entries(data.weights)) {
      if (covers(pattern, code) && pattern.length > best.length) {
        best = pattern;
        w = value;
      }
    }
    cache.set(code, w);
    return w;
  };
  return {
    weight,
    score(codes) {
      // Within a family ("pretext", "number"), only the strongest signal each way counts:
      // three pretext words are one pretext, not three.
      const up = new Map<string, number>();
      const down = new Map<string, number>();
      for (const c of codes) {
        const w = weight(c);
        const fam = c.split('.', 1)[0]!;
        if (w > 0) up.set(fam, Math.max(up.get(fam) ?? 0, w));
        else if (w < 0) down.set(fam, Math.min(down.get(fam) ?? 0, w));
      }
      let z = data.bias;
      for (const w of up.values()) z += w;
      for (const w of down.values()) z += w;
      for (const pair of data.pairs) {
        if (pair.all.every((p) => [...codes].some((c) => covers(p, c)))) z += pair.weight;
      }
      return 1 / (1 + Math.exp(-z));
    },
    verdict(score) {
      if (score >= data.thresholds.danger) return 'danger';
      if (score >= data.thresholds.suspicious) return 'suspicious';
      return 'no_signs';
    },
  };
}
