import { describe, expect, it } from 'vitest';
import { CodeTable } from './code-table.js';
import { createScorer } from './score.js';

// The code table remembers, per list of codes, whether one of them points to fraud: the verdict of a
// message whose only push comes from its wording follows the stricter rule.
describe('the outcome of a message whose codes name no signal towards fraud', () => {
  const scorer = createScorer({
    bias: -3,
    weights: { callback: 1.5, 'number.official': -3, contact_hint: 0.4, topic: 0.5 },
    pairs: [],
    thresholds: { danger: 0.7, suspicious: 0.5, unnamed: 0.75 },
    maxGap: 1,
    maxTail: { ru: 6, kk: 12, en: 4, prefix: 12 },
  });
  const table = new CodeTable(scorer, { items: {}, byVerdict: { danger: [], suspicious: [], no_signs: [] }, byReason: {} });
  const list = (...names: string[]): Int32Array => Int32Array.from(names.map((n) => table.id(n)));

  it('is flagged only by strong wording, and as suspicious at most', () => {
    expect(table.outcome(list(), 0, 3.5).verdict).toBe('no_signs');
    expect(table.outcome(list(), 0, 4.5).verdict).toBe('suspicious');
    expect(table.outcome(list('number.official'), 1, 7.5).verdict).toBe('suspicious');
  });

  it("takes a letter's contact line, lighter than a bare topic, for no sign of its own", () => {
    expect(table.outcome(list('contact_hint'), 1, 4.5).verdict).toBe('suspicious');
    expect(table.outcome(list('contact_hint', 'callback'), 2, 4.5).verdict).toBe('danger');
    expect(table.outcome(list('topic'), 1, 4.5).verdict).toBe('danger');
  });

  it('keeps the usual thresholds once a signal is named', () => {
    expect(table.outcome(list('callback'), 1, 2).verdict).toBe('suspicious');
    expect(table.outcome(list('callback'), 1, 3).verdict).toBe('danger');
  });
});
