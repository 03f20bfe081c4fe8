// Turns the reasons that fired into a score and a verdict: a logistic sum of per-code weights plus
// weights for combinations (a call-back request means far more next to a pretext than alone).
// A combination can also ask for a number of distinct kinds out of a list: a forwarded warning names
// several tricks at once (a code, a "safe account", remote access), where a lure needs only one; and it can
// require that none of another list fired: a call-back with no organization, pretext or topic is personal.
// Everything about a code is worked out once and cached, so scoring a message is a few array reads.
import type { ScoringData } from './lexicon-schema.js';
import type { Verdict } from './types.js';

export interface Scorer {
  weight(code: string): number;
  /** The log-odds the codes add up to; score() is its logistic. */
  logit(codes: readonly string[]): number;
  score(codes: readonly string[]): number;
  /** `named`: some code with a weight towards fraud fired; without one, only the learned wording speaks. */
  verdict(score: number, named?: boolean): Verdict;
}

interface CodeInfo {
  weight: number;
  family: string;
  /** Indexes of the combination patterns the code satisfies. */
  patterns: number[];
}

interface Combination {
  all: number[];
  none: number[];
  of: number[];
  atLeast: number;
  weight: number;
}

/** Whether a code is the pattern's own or one under it ("pretext.parcel" under "pretext"). */
export function covers(pattern: string, code: string): boolean {
  return code === pattern || code.startsWith(`${pattern}.`);
}

/** A combination pattern may list alternatives: "org.bank|org.police" is satisfied by either. */
function satisfies(pattern: string, code: string): boolean {
  return pattern.split('|').some((p) => covers(p, code));
}

export function createScorer(data: ScoringData): Scorer {
  const patterns = [...new Set(data.pairs.flatMap((p) => [...p.all, ...(p.none ?? []), ...(p.atLeast?.of ?? [])]))];
  const combos: Combination[] = data.pairs.map((p) => ({
    all: p.all.map((pat) => patterns.indexOf(pat)),
    none: (p.none ?? []).map((pat) => patterns.indexOf(pat)),
    of: (p.atLeast?.of ?? []).map((pat) => patterns.indexOf(pat)),
    atLeast: p.atLeast?.n ?? 0,
    weight: p.weight,
  }));
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
    const made = { weight, family: code.split('.', 1)[0]!, patterns: patterns.flatMap((p, i) => (satisfies(p, code) ? [i] : [])) };
    cache.set(code, made);
    return made;
  };
  const up = new Map<string, number>();
  const down = new Map<string, number>();
  const fired = new Uint8Array(patterns.length);
  const logit = (codes: readonly string[]): number => {
      // Within a family ("pretext", "number"), only the strongest signal each way counts:
      // three pretext words are one pretext, not three.
      up.clear();
      down.clear();
      fired.fill(0);
      for (const c of codes) {
        const i = info(c);
        for (const p of i.patterns) fired[p] = 1;
        if (i.weight > 0) up.set(i.family, Math.max(up.get(i.family) ?? 0, i.weight));
        else if (i.weight < 0) down.set(i.family, Math.min(down.get(i.family) ?? 0, i.weight));
      }
      let z = data.bias;
      for (const w of up.values()) z += w;
      for (const w of down.values()) z += w;
      for (const c of combos) {
        if (!c.all.every((p) => fired[p] === 1) || c.none.some((p) => fired[p] === 1)) continue;
        if (c.atLeast > 0 && c.of.reduce((n, p) => n + fired[p]!, 0) < c.atLeast) continue;
        z += c.weight;
      }
      return z;
  };
  return {
    weight: (code) => info(code).weight,
    logit,
    score: (codes) => 1 / (1 + Math.exp(-logit(codes))),
    verdict(score, named = true) {
      // The wording alone (no signal the lexicon names) is learned from a corpus of notices and lures: on
      // people's own chatter it reads lures into ordinary words. It flags only when it is strong, and as
      // suspicious at most, since there is no reason to show but the words themselves.
      if (!named) return score >= (data.thresholds.unnamed ?? data.thresholds.suspicious) ? 'suspicious' : 'no_signs';
      if (score >= data.thresholds.danger) return 'danger';
      if (score >= data.thresholds.suspicious) return 'suspicious';
      return 'no_signs';
    },
  };
}
