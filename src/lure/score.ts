// Turns the reasons that fired into a score and a verdict: a logistic sum of per-code weights plus
// weights for combinations (a call-back request means far more next to a pretext than alone).
// Everything about a code is worked out once and cached, so scoring a message is a few array reads.
import type { ScoringData } from './lexicon-schema.js';
import type { Verdict } from './types.js';

export interface Scorer {
  weight(code: string): number;
  score(codes: readonly string[]): number;
  verdict(score: number): Verdict;
}

interface CodeInfo {
  weight: number;
  family: string;
  /** Bit i set when the code satisfies pattern i of the combinations. */
  mask: number;
}

function covers(pattern: string, code: string): boolean {
  return code === pattern || code.startsWith(`${pattern}.`);
}

export function createScorer(data: ScoringData): Scorer {
  const patterns = [...new Set(data.pairs.flatMap((p) => p.all))];
  if (patterns.length > 30) throw new RangeError('too many combination patterns');
  const pairMasks = data.pairs.map((p) => p.all.reduce((m, pat) => m | (1 << patterns.indexOf(pat)), 0));
  const pairWeights = data.pairs.map((p) => p.weight);
  const cache = new Map<string, CodeInfo>();
  const info = (code: string): CodeInfo => {
    const known = cache.get(code);
    if (known) return known;
    // The most specific pattern wins: "pretext.parcel" over "pretext".
    let best = '';
    let weight = 0;
    for (const [pattern, value] of Object.entries(data.weights)) {
      if (covers(pattern, code) && pattern.length > best.length) {
        best = pattern;
        weight = value;
      }
    }
    let mask = 0;
    patterns.forEach((p, i) => {
      if (covers(p, code)) mask |= 1 << i;
    });
    const made = { weight, family: code.split('.', 1)[0]!, mask };
    cache.set(code, made);
    return made;
  };
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  return {
    weight: (code) => info(code).weight,
    score(codes) {
      // Within a family ("pretext", "number"), only the strongest signal each way counts:
      // three pretext words are one pretext, not three.
      up.clear();
      down.clear();
      let mask = 0;
      for (const c of codes) {
        const i = info(c);
        mask |= i.mask;
        if (i.weight > 0) up.set(i.family, Math.max(up.get(i.family) ?? 0, i.weight));
        else if (i.weight < 0) down.set(i.family, Math.min(down.get(i.family) ?? 0, i.weight));
      }
      let z = data.bias;
      for (const w of up.values()) z += w;
      for (const w of down.values()) z += w;
      for (let p = 0; p < pairMasks.length; p++) {
        if ((mask & pairMasks[p]!) === pairMasks[p]) z += pairWeights[p]!;
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
