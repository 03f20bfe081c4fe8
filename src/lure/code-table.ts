// Reason codes as small integers, and what a message's codes add up to (score, verdict, advice).
// The codes' part of the outcome depends only on which codes fired and in what order, and messages repeat a
// few hundred such lists, so it is worked out once per list and remembered (bounded: a hostile stream starts it over).
import type { RawLexicon } from './lexicon-schema.js';
import type { Scorer } from './score.js';
import { covers } from './score.js';
import type { Verdict } from './types.js';
import { grown } from './grown.js';
import * as fnv from './token-cache.js';

export interface Outcome {
  verdict: Verdict;
  /** Rounded to three decimals, as results carry it. */
  score: number;
  advice: readonly string[];
}

const VERDICTS: readonly Verdict[] = ['danger', 'suspicious', 'no_signs'];

/** The least weight of a code that names a sign (a bare topic's). */
const NAMED_WEIGHT = 0.5;

/** Lists remembered at most: a hostile stream of ever-new lists starts the table over. */
const MAX_OUTCOMES = 1 << 14;

const { FNV_OFFSET, FNV_PRIME } = fnv;

// A list's memo is one record of numbers in one array, found through a table of slots, so a message reads
// two places in memory for it. The memo objects this replaces (a Map entry, the memo, its codes, its advice
// slots) lay apart on the heap: at about six cache misses a message, the lookup cost several times what
// it does when the same list is asked for twice in a row.
/** Record fields before the codes: the list's hash, its length, its log-odds, whether a code towards fraud is in it, then per verdict its advice list + 1 (0 not asked yet). */
const R_HASH = 0;
const R_COUNT = 1;
const R_LOGIT = 2;
const R_NAMED = 3;
const R_ADVICE = 4;
const R_CODES = R_ADVICE + VERDICTS.length;

export class CodeTable {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly weights: number[] = [];
  /** Open addressing by the hash of a list: record offset + 1, 0 for an empty slot; at most half full. */
  private slots = new Int32Array(1024);
  private records = new Float64Array(4096);
  private used = 0;
  private memoCount = 0;
  /** The distinct advice lists, each once: few, so they stay in cache. */
  private readonly adviceLists: (readonly string[])[] = [];
  private readonly adviceListIds = new Map<string, number>();
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

  /** Per code known so far, whether it is one of these families or under one ("link_request" covers "link_request.x"). */
  ofFamilies(families: readonly string[]): boolean[] {
    return this.names.map((name) => families.some((f) => covers(f, name)));
  }

  weight(id: number): number {
    return this.weights[id]!;
  }

  /**
   * The outcome of codes[0, count) in the order they fired, with `shift` added to their log-odds (the
   * wording's part, which differs from message to message). The advice array is shared.
   */
  outcome(codes: Int32Array, count: number, shift = 0): Outcome {
    const at = this.recordOf(codes, count);
    const rec = this.records;
    const score = 1 / (1 + Math.exp(-(rec[at + R_LOGIT]! + shift)));
    const verdict = this.scorer.verdict(score, rec[at + R_NAMED] === 1);
    const v = VERDICTS.indexOf(verdict);
    let list = rec[at + R_ADVICE + v]!;
    if (list === 0) {
      list = this.adviceListId(this.pickAdvice(verdict, codes, count)) + 1;
      rec[at + R_ADVICE + v] = list;
    }
    return { verdict, score: Math.round(score * 1000) / 1000, advice: this.adviceLists[list - 1]! };
  }

  /** Where the record of codes[0, count) starts, made when the list is new. */
  private recordOf(codes: Int32Array, count: number): number {
    let hash = FNV_OFFSET ^ count;
    for (let i = 0; i < count; i++) hash = Math.imul(hash ^ codes[i]!, FNV_PRIME);
    const rec = this.records;
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let s = this.slots[slot]!; s !== 0; s = this.slots[slot]!) {
      const at = s - 1;
      if (rec[at + R_HASH] === hash && rec[at + R_COUNT] === count && sameCodes(rec, at + R_CODES, codes, count)) return at;
      slot = (slot + 1) & mask;
    }
    if (this.memoCount >= MAX_OUTCOMES) {
      this.slots = new Int32Array(1024);
      this.used = 0;
      this.memoCount = 0;
      // lists in every firing order could pile up too; outcomes given out keep the arrays they hold
      this.adviceLists.length = 0;
      this.adviceListIds.clear();
    } else if ((this.memoCount + 1) * 2 > this.slots.length) {
      this.rehash(this.slots.length * 2);
    }
    mask = this.slots.length - 1;
    slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    const at = this.used;
    const size = R_CODES + count;
    if (at + size > this.records.length) this.records = grown(this.records, Math.max(this.records.length * 2, at + size));
    const out = this.records;
    const names: string[] = [];
    for (let i = 0; i < count; i++) names.push(this.names[codes[i]!]!);
    out[at + R_HASH] = hash;
    out[at + R_COUNT] = count;
    out[at + R_LOGIT] = this.scorer.logit(names);
    // A mobile number alone names nothing: people give each other theirs all day. It weighs with what it goes with.
    // Nor do a letter's contact line ("phone:", "по всем вопросам") or a faint hint that weighs less than a bare topic:
    // with only those, the wording is all there is to go on, and it speaks as it does alone.
    out[at + R_NAMED] = names.some((n) => this.scorer.weight(n) >= NAMED_WEIGHT && !n.startsWith('channel.')) ? 1 : 0;
    for (let v = 0; v < VERDICTS.length; v++) out[at + R_ADVICE + v] = 0;
    for (let i = 0; i < count; i++) out[at + R_CODES + i] = codes[i]!;
    this.used = at + size;
    this.memoCount++;
    this.slots[slot] = at + 1;
    return at;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    const rec = this.records;
    for (let at = 0; at < this.used; at += R_CODES + rec[at + R_COUNT]!) {
      let slot = rec[at + R_HASH]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = at + 1;
    }
    this.slots = slots;
  }

  private adviceListId(list: readonly string[]): number {
    const key = list.join('\n');
    let id = this.adviceListIds.get(key);
    if (id === undefined) {
      id = this.adviceLists.length;
      this.adviceLists.push(list);
      this.adviceListIds.set(key, id);
    }
    return id;
  }

  private adviceFor(code: string): string[] {
    let ids = this.adviceByCode.get(code);
    if (!ids) {
      ids = Object.entries(this.advice.byReason)
        .filter(([pattern]) => covers(pattern, code))
        .flatMap(([, list]) => list);
      this.adviceByCode.set(code, ids);
    }
    return ids;
  }

  private pickAdvice(verdict: Verdict, codes: Int32Array, count: number): string[] {
    const out = this.advice.byVerdict[verdict].slice();
    if (verdict !== 'no_signs') {
      for (let i = 0; i < count; i++) {
        for (const id of this.adviceFor(this.names[codes[i]!]!)) if (!out.includes(id)) out.push(id);
      }
    }
    return out;
  }
}

function sameCodes(rec: Float64Array, from: number, codes: Int32Array, count: number): boolean {
  for (let i = 0; i < count; i++) if (rec[from + i] !== codes[i]) return false;
  return true;
}
