// Reason codes as small integers, and what a message's codes add up to (score, verdict, advice).
// The outcome depends only on which codes fired and in what order, and messages repeat a few hundred
// such lists, so it is worked out once per list and remembered (bounded: a hostile stream starts it over).
import type { RawLexicon } from './lexicon-schema.js';
import type { Scorer } from './score.js';
import type { Verdict } from './types.js';

export interface Outcome {
  verdict: Verdict;
  /** Rounded to three decimals, as results carry it. */
  score: number;
  advice: readonly string[];
}

const MAX_OUTCOMES = 1 << 14;

export class CodeTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly weights: number[] = [];
  private readonly outcomes = new Map<string, Outcome>();
  private readonly adviceByCode = new Map<string, string[]>();

  constructor(
    private readonly scorer: Scorer,
    private readonly advice: RawLexicon['advice'],
  ) {}

  id(code: string): number {
    let id = this.ids.get(code);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(code);
      this.weights.push(this.scorer.weight(code));
      this.ids.set(code, id);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }

  weight(id: number): number {
    return this.weights[id]!;
  }

  /** The outcome of codes[0, count) in the order they fired; the returned object is shared, its advice too. */
  outcome(codes: Int32Array, count: number): Outcome {
    let key = '';
    for (let i = 0; i < count; i++) key += String.fromCharCode(codes[i]!);
    let known = this.outcomes.get(key);
    if (known === undefined) {
      const names: string[] = [];
      for (let i = 0; i < count; i++) names.push(this.names[codes[i]!]!);
      const score = this.scorer.score(names);
      const verdict = this.scorer.verdict(score);
      known = { verdict, score: Math.round(score * 1000) / 1000, advice: this.pickAdvice(verdict, names) };
      if (this.outcomes.size >= MAX_OUTCOMES) this.outcomes.clear();
      this.outcomes.set(key, known);
    }
    return known;
  }

  private adviceFor(code: string): string[] {
    let ids = this.adviceByCode.get(code);
    if (!ids) {
      ids = Object.entries(this.advice.byReason)
        .filter(([pattern]) => code === pattern || code.startsWith(`${pattern}.`))
        .flatMap(([, list]) => list);
      this.adviceByCode.set(code, ids);
    }
    return ids;
  }

  private pickAdvice(verdict: Verdict, codes: readonly string[]): string[] {
    const out = this.advice.byVerdict[verdict].slice();
    if (verdict !== 'no_signs') {
      for (const c of codes) {
        for (const id of this.adviceFor(c)) if (!out.includes(id)) out.push(id);
      }
    }
    return out;
  }
}
