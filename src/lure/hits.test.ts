import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outside, widest } from './hits.js';
import type { Hit } from './hits.js';

/** The rule, said plainly: a hit is dropped when a hit of its code overlaps it and is wider, or as wide and earlier. */
function widestByRule(hits: Hit[]): Hit[] {
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.code === h.code && o.from <= h.to && h.from <= o.to && (o.to - o.from > h.to - h.from || (o.to - o.from === h.to - h.from && o.from < h.from))),
  );
}

const hit = (n: number, codes: number) =>
  fc.record({ code: fc.integer({ min: 0, max: codes - 1 }), from: fc.integer({ min: 0, max: n - 1 }), len: fc.integer({ min: 0, max: 4 }) }).map(({ code, from, len }) => ({ code, from, to: Math.min(n - 1, from + len) }));

describe('widest', () => {
  it('keeps what the rule keeps, in order, up to the 48 hits compared pairwise, with codes past the scratch size', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 300), fc.constantFrom(2, 5, 400), fc.integer({ min: 0, max: 48 }), (codes, n, count) => {
        const hits = fc.sample(fc.array(hit(n, codes), { minLength: count, maxLength: count }), { numRuns: 1, seed: count * 7 + codes + n })[0]!;
        expect(widest(hits, n)).toEqual(widestByRule(hits));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps what the rule keeps past the 48 hits compared pairwise too (a hit covered only by a dropped one is dropped)', () => {
    fc.assert(
      fc.property(fc.constantFrom(3, 300), fc.constantFrom(5, 60, 400), fc.integer({ min: 49, max: 200 }), (codes, n, count) => {
        const hits = fc.sample(fc.array(hit(n, codes), { minLength: count, maxLength: count }), { numRuns: 1, seed: count * 7 + codes + n })[0]!;
        expect(widest(hits, n)).toEqual(widestByRule(hits));
      }),
      { numRuns: 200 },
    );
    // A chain: A covers B, B covers C, A does not reach C. Pairwise and per word alike keep A alone.
    const chain = [{ code: 1, from: 0, to: 4 }, { code: 1, from: 3, to: 6 }, { code: 1, from: 6, to: 7 }];
    const padding = Array.from({ length: 48 }, (_, i) => ({ code: 2, from: 10 + i, to: 10 + i }));
    expect(widest([...chain, ...padding], 60).filter((h) => h.code === 1)).toEqual([chain[0]]);
  });

  it('keeps the wider of two overlapping hits of one code, and the earlier of two as wide', () => {
    const a = { code: 1, from: 2, to: 3 };
    const b = { code: 1, from: 3, to: 3 };
    const c = { code: 2, from: 3, to: 3 };
    expect(widest([b, a, c], 5)).toEqual([a, c]);
    expect(widest([{ code: 1, from: 3, to: 4 }, a], 5)).toEqual([a]);
  });
});

describe('outside', () => {
  it('drops the hits that share a word with a protective phrase', () => {
    const protect = [{ code: 9, from: 2, to: 4 }];
    expect(outside([{ code: 1, from: 0, to: 1 }, { code: 1, from: 1, to: 2 }, { code: 2, from: 5, to: 6 }], protect, 8)).toEqual([
      { code: 1, from: 0, to: 1 },
      { code: 2, from: 5, to: 6 },
    ]);
  });
});
