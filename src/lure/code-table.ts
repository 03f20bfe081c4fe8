// Reason codes as small integers, and what a message's codes add up to (score, verdict, advice).
// The codes' part of the outcome depends only on which codes fired and in what order, and messages repeat a
// few hundred such lists, so it is worked out once per list and remembered (bounded: a hostile stream starts it over).
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
const VERDICTS: readonly Verdict[] = ['danger', 'suspicious', 'no_signs'];

/** What a list of codes adds up to before the wording is added; advice per verdict as it is first asked for. */
interface Memo {
  codes: Int32Array;
  logit: number;
  names: string[];
  advice: (readonly string[] | undefined)[];
  /** Another list whose codes hash the same. */
  next: Memo | undefined;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function sameCodes(memo: Int32Array, codes: Int32Array, count: number): boolean {
  if (memo.length !== count) return false;
  for (let i = 0; i < count; i++) if (memo[i] !== codes[i]) return false;
  return true;
}

export class CodeTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly weights: number[] = [];
  /** Memos by a hash of their codes: a number key is hashed and compared without building a string per message. */
  private readonly memos = new Map<number, Memo>();
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

  /**
   * The outcome of codes[0, count) in the order they fired, with `shift` added to their log-odds (the
   * wording's part, which differs from message to message). The advice array is shared.
   */
  outcome(codes: Int32Array, count: number, shift = 0): Outcome {
    let key = FNV_OFFSET ^ count;
    for (let i = 0; i < count; i++) key = Math.imul(key ^ codes[i]!, FNV_PRIME);
    let memo = this.memos.get(key);
    while (memo !== undefined && !sameCodes(memo.codes, codes, count)) memo = memo.next;
    if (memo === undefined) {
      const names: string[] = [];
      for (let i = 0; i < count; i++) names.push(this.names[codes[i]!]!);
      if (this.memos.size >= MAX_OUTCOMES) this.memos.clear();
      memo = { codes: codes.slice(0, count), logit: this.scorer.logit(names), names, advice: [], next: this.memos.get(key) };
      this.memos.set(key, memo);
    }
    const score = 1 / (1 + Math.exp(-(memo.logit + shift)));
    const verdict = this.scorer.verdict(score);
    const v = VERDICTS.indexOf(verdict);
    const advice = (memo.advice[v] ??= this.pickAdvice(verdict, memo.names));
    return { verdict, score: Math.round(score * 1000) / 1000, advice };
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
