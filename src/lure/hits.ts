// Phrase hits over a text's words, and how overlapping ones are settled: a protective phrase swallows the
// requests inside it, of one code's overlapping hits only the widest is kept, and words the writer reports rather
// than says are left out.
import { reportsCall } from './call-report.js';
import { insideAny } from './quotation.js';
import type { Tokens } from './tokenize.js';

export interface Hit {
  /** Reason code id (code-table.ts). */
  code: number;
  from: number;
  to: number;
  org?: string | undefined;
  /** Characters of the lexicon stem its last word matched (a Kazakh ending beyond them may negate it). */
  stem?: number;
}

/** Up to this many hits, overlaps are found by comparing pairs; above, by the best hit per word (the same rule). */
const SMALL = 48;

/** Scratch for widest: per code, its first hit (-1 when none; reset after each use); per hit, the next hit of its code and the first. */
let firstOf: Int32Array = new Int32Array(256).fill(-1);
const sameCode = new Int32Array(SMALL);
const headOf = new Int32Array(SMALL);

function grownFilled(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(Math.max(size, a.length * 2)).fill(-1);
  b.set(a);
  return b;
}

/** Hits that share no word with a protective phrase ("никому не сообщайте код" swallows "сообщайте код"). */
export function outside(hits: Hit[], protect: Hit[], n: number): Hit[] {
  if (hits.length * protect.length <= SMALL * SMALL) {
    const out: Hit[] = [];
    for (const h of hits) {
      let inside = false;
      for (const p of protect) {
        if (p.from <= h.to && h.from <= p.to) {
          inside = true;
          break;
        }
      }
      if (!inside) out.push(h);
    }
    return out;
  }
  const covered = new Uint8Array(n);
  for (const p of protect) covered.fill(1, p.from, p.to + 1);
  return hits.filter((h) => {
    for (let i = h.from; i <= h.to; i++) if (covered[i] === 1) return false;
    return true;
  });
}

/** Of the hits of one code that overlap, only the widest is a reason ("карта заблокирована", not also "заблокирована"). */
export function widest(hits: Hit[], n: number): Hit[] {
  if (hits.length < 2) return hits;
  // Messages have a handful of hits: comparing pairs of one code beats allocating; huge texts take the linear path.
  if (hits.length <= SMALL) {
    const len = hits.length;
    // Chain the hits of each code (sameCode[i]: the next hit of hits[i]'s code), so a hit meets only its own code's.
    let repeated = false;
    for (let i = len - 1; i >= 0; i--) {
      const code = hits[i]!.code;
      if (code >= firstOf.length) firstOf = grownFilled(firstOf, code + 1);
      const next = firstOf[code]!;
      if (next >= 0) repeated = true;
      sameCode[i] = next;
      firstOf[code] = i;
    }
    for (let i = 0; i < len; i++) headOf[i] = firstOf[hits[i]!.code]!;
    for (let i = 0; i < len; i++) firstOf[hits[i]!.code] = -1;
    // Hits of one code each: none covers another.
    if (!repeated) return hits;
    const out: Hit[] = [];
    for (let i = 0; i < len; i++) {
      const h = hits[i]!;
      const width = h.to - h.from;
      let covered = false;
      for (let j = headOf[i]!; j >= 0; j = sameCode[j]!) {
        const o = hits[j]!;
        if (j !== i && o.from <= h.to && h.from <= o.to && (o.to - o.from > width || (o.to - o.from === width && o.from < h.from))) {
          covered = true;
          break;
        }
      }
      if (!covered) out.push(h);
    }
    return out;
  }
  // The same rule over many hits: per code, the best rank (wider, then earlier) of a hit covering each word;
  // a hit stays when no word it covers has a better one (a greedy pick would keep a hit that only a dropped one covers).
  const rank = (h: Hit): number => (h.to - h.from) * (n + 1) + (n - h.from);
  const best = new Map<number, Float64Array>();
  for (const h of hits) {
    let at = best.get(h.code);
    if (!at) {
      at = new Float64Array(n).fill(-1);
      best.set(h.code, at);
    }
    const r = rank(h);
    for (let i = h.from; i <= h.to; i++) if (at[i]! < r) at[i] = r;
  }
  return hits.filter((h) => {
    const at = best.get(h.code)!;
    const r = rank(h);
    for (let i = h.from; i <= h.to; i++) if (at[i]! > r) return false;
    return true;
  });
}

/**
 * Hits a negation stands right against ("замена ключей не требуется", "никаких оплат", "кілт ауыстыру қажет
 * емес"): the message says that this will not happen. `negs` holds triples (either side?, first word, last word);
 * a negation that may look back cancels the hit that ends right before it, every one the hit that starts right
 * after it. Only adjacent words count: a sentence further on says something else.
 */
export function unnegated(hits: Hit[], negs: readonly number[], isSignal: (code: number) => boolean): Hit[] {
  return hits.filter((h) => {
    if (!isSignal(h.code)) return true;
    for (let k = 0; k < negs.length; k += 3) {
      if (negs[k + 2]! + 1 === h.from || (negs[k] === 1 && h.to + 1 === negs[k + 1])) return false;
    }
    return true;
  });
}

/**
 * The hits without words the writer reports rather than says: those inside a quotation they comment on, and call
 * words in the past tense ("я позвонила", "хабарластым"), which report a call and ask for none.
 */
export function unreported(hits: Hit[], quotes: readonly [number, number][], tokens: Tokens, callVerb: number, callback: number): Hit[] {
  let out: Hit[] | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k]!;
    const reported =
      (quotes.length > 0 && insideAny(quotes, tokens.origStart[h.from]!, tokens.origEnd[h.to]!)) ||
      // (a phrase read from its first word: "Called the number on the back of the card" reports a call too)
      ((h.code === callVerb || h.code === callback) && reportsCall(tokens, h.from));
    if (reported) out ??= hits.slice(0, k);
    else if (out !== undefined) out.push(h);
  }
  return out ?? hits;
}
